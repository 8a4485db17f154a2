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

    /** A council providing children's social care, identified by its ONS (GSS) code. */
    public Council(String name, String onsCode, Region region, java.time.Instant createdAt) {
        super(name, OrganisationStatus.ACTIVE, null, createdAt);
        if (onsCode == null || !onsCode.matches("E(06|07|08|09|10)\\d{6}")) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("onsCode",
                    "Enter the council's ONS code, like E08000001.");
        }
        this.onsCode = onsCode;
        this.region = region;
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
