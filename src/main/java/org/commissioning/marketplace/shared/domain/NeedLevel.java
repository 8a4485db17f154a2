package org.commissioning.marketplace.shared.domain;

/** How complex a child's needs are; prices and lots are set per need level. */
public enum NeedLevel {
    STANDARD("Standard"),
    COMPLEX("Complex"),
    HIGHLY_COMPLEX("Highly complex");

    private final String label;

    NeedLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
