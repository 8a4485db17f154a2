package org.commissioning.marketplace.participation.domain;

/** What a theme changed in the tender, or that it changed nothing (and the "we did" says why). */
public enum ChangeKind {
    LOT("A lot"),
    AWARD_CRITERION("An award criterion"),
    SPECIFICATION("The specification"),
    NO_CHANGE("No change");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
