package org.commissioning.marketplace.need.domain;

/** Age bands of children placed, as frameworks commonly split them. */
public enum AgeBand {
    UNDER_5("Under 5"),
    AGE_5_TO_10("5 to 10"),
    AGE_11_TO_15("11 to 15"),
    AGE_16_TO_17("16 to 17");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
