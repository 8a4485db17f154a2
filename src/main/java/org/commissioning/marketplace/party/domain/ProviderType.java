package org.commissioning.marketplace.party.domain;

/** Sector of a provider. Commissioning is agnostic about it: all compete on the same terms. */
public enum ProviderType {
    PRIVATE("Private"),
    VOLUNTARY("Voluntary or charitable"),
    LOCAL_AUTHORITY("Local authority (in-house)");

    private final String label;

    ProviderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
