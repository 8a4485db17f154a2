package org.commissioning.marketplace.party.domain;

/** What an organisation is in the marketplace. */
public enum OrganisationKind {
    HUB("Regional commissioning hub"),
    COUNCIL("Council"),
    PROVIDER("Provider"),
    PLATFORM("Platform operator");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
