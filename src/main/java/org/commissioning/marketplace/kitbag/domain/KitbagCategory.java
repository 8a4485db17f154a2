package org.commissioning.marketplace.kitbag.domain;

/** What kind of guidance or tool an item is. */
public enum KitbagCategory {
    GUIDE("Guide"),
    MODEL_SPECIFICATION("Model specification"),
    CONTRACT_TERMS("Contract terms"),
    QUESTION_BANK("Evaluation question bank"),
    PRICE_SCHEDULE("Price schedule"),
    NEEDS_TEMPLATE("Needs template"),
    CASE_STUDY("Case study");

    private final String label;

    KitbagCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
