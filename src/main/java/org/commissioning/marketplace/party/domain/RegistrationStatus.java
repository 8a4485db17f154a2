package org.commissioning.marketplace.party.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A setting's registration with Ofsted, as Ofsted publishes it. Only an actively registered
 * setting may take children: a suspended, resigned or cancelled one gets no referrals.
 */
public enum RegistrationStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    RESIGNED("Resigned"),
    CANCELLED("Cancelled");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Ofsted's word for it (any case), or the constant's name. */
    public static Optional<RegistrationStatus> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
