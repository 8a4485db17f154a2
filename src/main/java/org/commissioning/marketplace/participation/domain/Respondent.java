package org.commissioning.marketplace.participation.domain;

/** Who gave a response: nobody is named, only which voice it is. */
public enum Respondent {
    YOUNG_PERSON("A young person"),
    FAMILY("A family member"),
    CARER("A carer");

    private final String label;

    Respondent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
