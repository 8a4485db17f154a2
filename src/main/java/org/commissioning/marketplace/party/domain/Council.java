package org.commissioning.marketplace.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A local authority that looks after children and must secure placements for them. */
@Entity
@Table(name = "council")
@DiscriminatorValue("COUNCIL")
public class Council extends Organisation {

    @Column(name = "ons_code")
    private String onsCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    protected Council() {
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.COUNCIL;
    }

    public String onsCode() {
        return onsCode;
    }

    public Region region() {
        return region;
    }
}
