package org.commissioning.marketplace.shared.domain;

/** How councils call off from an agreement. */
public enum CallOffRoute {
    /** The first eligible provider in rank order gets an exclusive, time-boxed window; then the next. */
    DIRECT_AWARD("Direct award by rank"),
    /** Every eligible provider is invited at once and answers by a deadline; the council compares the offers. */
    FURTHER_COMPETITION("Further competition");

    private final String label;

    CallOffRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
