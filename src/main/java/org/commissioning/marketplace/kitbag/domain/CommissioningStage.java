package org.commissioning.marketplace.kitbag.domain;

/** The stages of the commissioning cycle an item of guidance serves, in the cycle's order. */
public enum CommissioningStage {
    ANALYSE_NEED("Analyse need"),
    ENGAGE("Engage the market and families"),
    DESIGN("Design"),
    TENDER("Tender"),
    EVALUATE("Evaluate"),
    MANAGE_CONTRACTS("Manage contracts"),
    REVIEW("Review");

    private final String label;

    CommissioningStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
