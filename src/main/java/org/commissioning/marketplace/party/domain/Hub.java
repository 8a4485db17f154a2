package org.commissioning.marketplace.party.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Aggregate root: a regional commissioning hub, led by one council, with member councils whose
 * membership changes over time. The lead council is always a member.
 */
@Entity
@Table(name = "hub")
@DiscriminatorValue("HUB")
public class Hub extends Organisation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_council_id")
    private Council leadCouncil;

    @OneToMany(mappedBy = "hub", cascade = CascadeType.ALL)
    @OrderBy("joinedOn")
    private List<HubMembership> memberships = new ArrayList<>();

    protected Hub() {
    }

    public Hub(String name, Region region, Council leadCouncil, String contactEmail, Instant now, LocalDate today) {
        super(name, OrganisationStatus.ACTIVE, contactEmail, now);
        this.region = region;
        this.leadCouncil = leadCouncil;
        admit(leadCouncil, today);
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.HUB;
    }

    /** Admits a council from a date; refused when it is a member already. */
    public void admit(Council council, LocalDate from) {
        if (isMember(council)) {
            throw new ConflictException(council.name() + " is already a member of " + name() + ".");
        }
        memberships.add(new HubMembership(this, council, from));
    }

    /** Records that a council left on a date. The lead council cannot leave. */
    public void release(Council council, LocalDate on) {
        if (council == leadCouncil || (council.id() != null && council.id().equals(leadCouncil.id()))) {
            throw new ConflictException(council.name() + " leads " + name() + " and cannot leave it.");
        }
        HubMembership current = memberships.stream().filter(m -> m.isCurrent() && same(m.council(), council))
                .findFirst()
                .orElseThrow(() -> new ConflictException(council.name() + " is not a member of " + name() + "."));
        current.end(on);
    }

    /** Whether the council is a current member (by identity, so a council read in another transaction counts too). */
    public boolean isMember(Council council) {
        return memberships.stream().anyMatch(m -> m.isCurrent() && same(m.council(), council));
    }

    private static boolean same(Council a, Council b) {
        return a == b || (a.id() != null && a.id().equals(b.id()));
    }

    public List<Council> currentMembers() {
        return memberships.stream().filter(HubMembership::isCurrent).map(HubMembership::council)
                .sorted(Comparator.comparing(Council::name)).toList();
    }

    public List<HubMembership> memberships() {
        return List.copyOf(memberships);
    }

    public Region region() {
        return region;
    }

    public Council leadCouncil() {
        return leadCouncil;
    }
}
