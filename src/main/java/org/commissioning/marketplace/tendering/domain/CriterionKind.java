package org.commissioning.marketplace.tendering.domain;

/** What an award criterion scores. */
public enum CriterionKind {
    QUALITY("Quality"),
    PRICE("Price"),
    SOCIAL_VALUE("Social value");

    private final String label;

    CriterionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
