package org.commissioning.marketplace.placement.domain;

/** What a placement variation records. */
public enum VariationKind {
    AGREED("Agreed"),
    STARTED("Started"),
    FEE_CHANGE("Fee changed"),
    EXTENSION("Extended"),
    ENDED("Ended"),
    CANCELLED("Cancelled");

    private final String label;

    VariationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
