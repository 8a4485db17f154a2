package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/**
 * Lifecycle of an organisation. Providers start pending approval by a hub; councils and hubs
 * start active. Only an active organisation's users can sign in.
 */
public enum OrganisationStatus implements Lifecycle<OrganisationStatus> {
    PENDING_APPROVAL("Pending approval"),
    ACTIVE("Active"),
    REJECTED("Rejected"),
    SUSPENDED("Suspended");

    private final String label;

    OrganisationStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<OrganisationStatus> next() {
        return switch (this) {
            case PENDING_APPROVAL -> Set.of(ACTIVE, REJECTED);
            case ACTIVE -> Set.of(SUSPENDED);
            case SUSPENDED -> Set.of(ACTIVE);
            case REJECTED -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }
}
