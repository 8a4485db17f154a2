package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The live framework agreement a final award makes: appointed providers per lot in rank order. */
@Entity
@Table(name = "framework_agreement")
public class FrameworkAgreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    private String status;
    @Column(name = "live_from")
    private Instant liveFrom;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "call_off_route")
    private org.commissioning.marketplace.shared.domain.CallOffRoute callOffRoute =
            org.commissioning.marketplace.shared.domain.CallOffRoute.DIRECT_AWARD;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("lotNumber ASC, rank ASC")
    private List<AgreementMember> members = new ArrayList<>();

    protected FrameworkAgreement() {
    }

    /** Live from now, with the award's appointed providers. */
    public static FrameworkAgreement from(Award award, Instant now) {
        FrameworkAgreement a = new FrameworkAgreement();
        a.tenderId = award.tenderId();
        a.status = "LIVE";
        a.liveFrom = now;
        award.lines().stream().filter(AwardLine::appointed).forEach(l -> a.members.add(
                new AgreementMember(l.lotNumber(), l.providerId(), l.rank(), l.weeklyFees())));
        return a;
    }

    /** Admits a provider to a lot after the award, ranked after every existing member (who are not disturbed). */
    public AgreementMember admit(int lot, long providerId, String weeklyFees) {
        if (members.stream().anyMatch(m -> m.lotNumber() == lot && m.providerId() == providerId && !"REMOVED".equals(m.status()))) {
            throw new org.commissioning.marketplace.shared.domain.ConflictException("The provider is on this lot already.");
        }
        int rank = members.stream().filter(m -> m.lotNumber() == lot).mapToInt(AgreementMember::rank).max().orElse(0) + 1;
        AgreementMember member = new AgreementMember(lot, providerId, rank, weeklyFees);
        members.add(member);
        return member;
    }

    /** How councils call off from now on (referrals already sent keep their route). */
    public void callOffBy(org.commissioning.marketplace.shared.domain.CallOffRoute route) {
        if (route == null) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("route",
                    "Choose direct award by rank or further competition.");
        }
        callOffRoute = route;
    }

    public org.commissioning.marketplace.shared.domain.CallOffRoute callOffRoute() {
        return callOffRoute;
    }

    public Long id() {
        return id;
    }

    public long tenderId() {
        return tenderId;
    }

    public String status() {
        return status;
    }

    public Instant liveFrom() {
        return liveFrom;
    }

    public List<AgreementMember> members() {
        return List.copyOf(members);
    }
}
