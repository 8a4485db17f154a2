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
import java.time.LocalDate;
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
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private AgreementStatus status;
    @Column(name = "live_from")
    private Instant liveFrom;
    /** The last day of the term (null: no end, a dynamic market); an extension moves it. */
    @Column(name = "ends_on")
    private LocalDate endsOn;
    /** The furthest an extension may move the end: the term's end plus the extension the tender allowed. */
    @Column(name = "latest_end")
    private LocalDate latestEnd;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @jakarta.persistence.Version
    private long version;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "call_off_route")
    private org.commissioning.marketplace.shared.domain.CallOffRoute callOffRoute =
            org.commissioning.marketplace.shared.domain.CallOffRoute.DIRECT_AWARD;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("lotNumber ASC, rank ASC")
    private List<AgreementMember> members = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    @OrderBy("modifiedAt ASC, id ASC")
    private List<AgreementModification> modifications = new ArrayList<>();

    protected FrameworkAgreement() {
    }

    /** Live from now, with the award's appointed providers, until the term ends (extendable as the tender allows). */
    public static FrameworkAgreement from(Award award, LocalDate termEnd, int extensionMonths, Instant now) {
        FrameworkAgreement a = new FrameworkAgreement();
        a.tenderId = award.tenderId();
        a.status = AgreementStatus.LIVE;
        a.liveFrom = now;
        a.endsOn = termEnd;
        a.latestEnd = termEnd == null ? null : termEnd.plusMonths(extensionMonths);
        award.lines().stream().filter(AwardLine::appointed).forEach(l -> a.members.add(
                new AgreementMember(l.lotNumber(), l.providerId(), l.rank(), l.weeklyFees())));
        return a;
    }

    /** Councils call off only from a live agreement, within its term. */
    public void requireOpenForCallOffs(LocalDate today) {
        if (status != AgreementStatus.LIVE) {
            throw new org.commissioning.marketplace.shared.domain.ConflictException("The framework agreement is "
                    + status.label().toLowerCase() + ": no more placements can be called off from it.");
        }
        if (endsOn != null && today.isAfter(endsOn)) {
            throw new org.commissioning.marketplace.shared.domain.ConflictException("The framework agreement's term ended on "
                    + org.commissioning.marketplace.shared.domain.UkTime.date(endsOn) + ": no more placements can be called off from it.");
        }
    }

    /** Extends the term to a later end, within the extension the tender allowed; the change is kept. */
    public void extendTo(LocalDate newEnd, String reason, String by, Instant now) {
        if (status != AgreementStatus.LIVE) {
            throw new org.commissioning.marketplace.shared.domain.InvalidTransitionException("An agreement that is "
                    + status.label().toLowerCase() + " cannot be extended.");
        }
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (endsOn == null) {
            errors.put("endsOn", "This agreement has no end date to extend.");
        } else if (newEnd == null || !newEnd.isAfter(endsOn)) {
            errors.put("endsOn", "Give a new end date after the current one, " + endsOn + ".");
        } else if (newEnd.isAfter(latestEnd)) {
            errors.put("endsOn", latestEnd.equals(endsOn) ? "The tender allowed no extension of the term."
                    : "The tender allowed an extension to " + latestEnd + " at the latest.");
        }
        if (reason == null || reason.strip().length() < 10) {
            errors.put("reason", "Give the reason for the extension (at least 10 characters).");
        }
        if (!errors.isEmpty()) {
            throw new org.commissioning.marketplace.shared.domain.InvalidInputException(errors);
        }
        modifications.add(new AgreementModification(AgreementModification.Kind.TERM_EXTENDED, now, by, reason.strip(), endsOn, newEnd));
        endsOn = newEnd;
    }

    /**
     * A live dynamic market's terms are modified (Procurement Act 2023 s.39, announced by a UK14
     * notice): what changes and, when given, the day the market will cease (after today; the
     * scheduler then ends it, and its cessation notice follows). Only a dynamic market: the caller
     * knows the procedure.
     */
    public AgreementModification modifyDynamicMarket(String description, LocalDate ceasesOn, LocalDate today, String by, Instant now) {
        if (status != AgreementStatus.LIVE) {
            throw new org.commissioning.marketplace.shared.domain.InvalidTransitionException("A dynamic market that is "
                    + status.label().toLowerCase() + " cannot be modified.");
        }
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (description == null || description.strip().length() < 20) {
            errors.put("description", "Say what changes in the dynamic market's terms (at least 20 characters).");
        } else if (description.strip().length() > 2000) {
            errors.put("description", "Describe the modification in at most 2,000 characters.");
        }
        if (ceasesOn != null && !ceasesOn.isAfter(today)) {
            errors.put("ceasesOn", "The day the market ceases must be after today, "
                    + org.commissioning.marketplace.shared.domain.UkTime.date(today) + ".");
        }
        if (!errors.isEmpty()) {
            throw new org.commissioning.marketplace.shared.domain.InvalidInputException(errors);
        }
        AgreementModification modification = new AgreementModification(AgreementModification.Kind.DYNAMIC_MARKET_MODIFIED, now, by,
                description.strip(), endsOn, ceasesOn == null ? endsOn : ceasesOn);
        modifications.add(modification);
        if (ceasesOn != null) {
            endsOn = ceasesOn;
            latestEnd = ceasesOn;
        }
        return modification;
    }

    /** Ends the agreement early, with the reason: no more call-offs; placements already made go on. */
    public void terminate(String reason, Instant now) {
        if (reason == null || reason.strip().length() < 10) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("reason",
                    "Give the reason for ending the agreement early (at least 10 characters).");
        }
        status = status.moveTo(AgreementStatus.TERMINATED);
        endedAt = now;
        endReason = reason.strip();
    }

    /** The open framework's reopening competition is awarded: its new ranked membership takes over from this one. */
    public void replaceBy(String reopeningReference, Instant now) {
        status = status.moveTo(AgreementStatus.REPLACED);
        endedAt = now;
        endReason = "Replaced by the membership its reopening competition " + reopeningReference + " awarded.";
    }

    /** The scheduler's visit: a live agreement whose term ended before {@code today} expires; true when it did now. */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (status != AgreementStatus.LIVE || endsOn == null || !today.isAfter(endsOn)) {
            return false;
        }
        status = status.moveTo(AgreementStatus.EXPIRED);
        endedAt = now;
        endReason = "The term ended on " + org.commissioning.marketplace.shared.domain.UkTime.date(endsOn) + ".";
        return true;
    }

    /** Admits a provider to a lot after the award, ranked after every existing member (who are not disturbed). */
    public AgreementMember admit(int lot, long providerId, String weeklyFees) {
        if (status != AgreementStatus.LIVE) {
            throw new org.commissioning.marketplace.shared.domain.ConflictException("The framework agreement is "
                    + status.label().toLowerCase() + ": it admits no providers.");
        }
        if (members.stream().anyMatch(m -> m.lotNumber() == lot && m.providerId() == providerId && m.status() != MemberStatus.REMOVED)) {
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

    public AgreementStatus status() {
        return status;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate latestEnd() {
        return latestEnd;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public Instant liveFrom() {
        return liveFrom;
    }

    public List<AgreementMember> members() {
        return List.copyOf(members);
    }

    /** The changes to its terms, oldest first. */
    public List<AgreementModification> modifications() {
        return List.copyOf(modifications);
    }
}
