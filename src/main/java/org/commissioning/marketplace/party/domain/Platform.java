package org.commissioning.marketplace.party.domain;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The operator of the marketplace: one organisation, made by the schema, whose accounts are the
 * platform administrators who create hubs.
 */
@Entity
@Table(name = "platform")
@DiscriminatorValue("PLATFORM")
public class Platform extends Organisation {

    protected Platform() {
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.PLATFORM;
    }
}
