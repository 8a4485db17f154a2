package org.commissioning.marketplace.placement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.CallOffRoute;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NeedTag;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A council's request for a placement for one child, identified only by a pseudonymous reference,
 * and the providers it went to. It goes only to the providers that fit (see {@link Matching}), by
 * the agreement's call-off route: a direct-award cascade in rank order, one exclusive window at a
 * time, or a further competition with one deadline for all. The scheduler calls {@link #advance}
 * when {@code nextCheck} is due: windows close, offers lapse, the cascade moves on, and a referral
 * that nobody can take any longer closes unplaced.
 */
@Entity
@Table(name = "referral")
public class Referral {
    /** Letters, digits, hyphens or slashes with at least one digit: a case number, never a name. */
    static final Pattern CHILD_REFERENCE = Pattern.compile("(?=.*\\d)[A-Z0-9][A-Z0-9/-]{2,19}");
    static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?");

    /** What the council says about the child and the placement it needs. */
    public record Details(String childReference, Integer ageYears, ServiceCategory category, NeedLevel needLevel,
                          Set<NeedTag> needTags, String needsSummary, String postcodeDistrict, Integer maxDistanceKm,
                          LocalDate requiredStart, Integer durationWeeks, Urgency urgency, FundingSplit funding) {
    }

    /** A provider that fits, with what the council compares: rank, agreement price, quality, distance. */
    public record Invitee(long providerId, int rank, BigDecimal agreementFee, BigDecimal qualityScore, BigDecimal nearestKm,
                          List<Long> settingIds) {
    }

    /** A provider's offer. */
    public record Offer(BigDecimal weeklyFee, LocalDate startDate, Long settingId, String notes, String priceJustification) {
    }

    /** An invitation that changed status, for the notices that follow. */
    public record Change(Invitation invitation, InvitationStatus from, InvitationStatus to) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "council_id")
    private long councilId;
    @Column(name = "hub_id")
    private long hubId;
    @Column(name = "agreement_id")
    private long agreementId;
    @Column(name = "lot_number")
    private int lotNumber;
    @Column(name = "child_reference")
    private String childReference;
    @Column(name = "age_years")
    private int ageYears;
    @Enumerated(EnumType.STRING)
    private ServiceCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_level")
    private NeedLevel needLevel;
    @Column(name = "need_tags")
    private String needTags;
    /** Encrypted at rest: free text about a child (ChildDetailsConverter, declared in orm.xml). */
    @Column(name = "needs_summary")
    private String needsSummary;
    @Column(name = "postcode_district")
    private String postcodeDistrict;
    @Column(name = "max_distance_km")
    private int maxDistanceKm;
    @Column(name = "required_start")
    private LocalDate requiredStart;
    @Column(name = "duration_weeks")
    private int durationWeeks;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Column(name = "social_care_pct")
    private BigDecimal socialCarePct;
    @Column(name = "education_pct")
    private BigDecimal educationPct;
    @Column(name = "health_pct")
    private BigDecimal healthPct;
    @Enumerated(EnumType.STRING)
    private CallOffRoute route;
    @Column(name = "respond_by")
    private Instant respondBy;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "next_check")
    private Instant nextCheck;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "details_removed_at")
    private Instant detailsRemovedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "referral_id", nullable = false)
    @OrderBy("position ASC")
    private List<Invitation> invitations = new ArrayList<>();

    protected Referral() {
    }

    /** Checks what the council says; every problem at once, field by field. */
    public static Details check(Details d, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String reference = d.childReference() == null ? "" : d.childReference().strip().toUpperCase();
        if (!CHILD_REFERENCE.matcher(reference).matches()) {
            errors.put("childReference", "Give the child's pseudonymous reference: 3 to 20 letters, digits, hyphens or slashes, "
                    + "with at least one digit. Never a name.");
        }
        if (d.ageYears() == null || d.ageYears() < 0 || d.ageYears() > 24) {
            errors.put("ageYears", "Give the child's age in whole years, from 0 to 24.");
        } else if (d.category() == ServiceCategory.SUPPORTED_ACCOMMODATION && d.ageYears() < 16) {
            errors.put("ageYears", "16+ supported accommodation is for young people aged 16 or over.");
        }
        if (d.category() == null) {
            errors.put("category", "Choose the kind of placement.");
        }
        if (d.needLevel() == null) {
            errors.put("needLevel", "Choose the need level.");
        }
        String summary = d.needsSummary() == null ? "" : d.needsSummary().strip();
        if (summary.length() < 10 || summary.length() > 4000) {
            errors.put("needsSummary", "Describe the child's needs and risks (10 to 4,000 characters; no names).");
        } else {
            ChildIdentifiers.find(summary).ifPresent(what -> errors.put("needsSummary", "Remove " + what
                    + " from the summary: providers read it, and it must not identify the child. Describe needs and risks only."));
        }
        String district = d.postcodeDistrict() == null ? "" : d.postcodeDistrict().strip().toUpperCase();
        if (!POSTCODE_DISTRICT.matcher(district).matches()) {
            errors.put("postcodeDistrict", "Enter the postcode district the child is from, like BL3 or M20.");
        }
        if (d.maxDistanceKm() == null || d.maxDistanceKm() < 1 || d.maxDistanceKm() > 800) {
            errors.put("maxDistanceKm", "Give the furthest distance from home, from 1 to 800 km (about 500 miles).");
        }
        if (d.requiredStart() == null || d.requiredStart().isBefore(today)) {
            errors.put("requiredStart", "Give the start date needed: today or later.");
        }
        if (d.durationWeeks() == null || d.durationWeeks() < 1 || d.durationWeeks() > 1040) {
            errors.put("durationWeeks", "Give the expected duration in weeks, from 1 to 1,040.");
        }
        if (d.urgency() == null) {
            errors.put("urgency", "Say whether this is an emergency or a planned placement.");
        }
        if (d.funding() == null) {
            errors.put("funding", "Give the funding split.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Details(reference, d.ageYears(), d.category(), d.needLevel(),
                d.needTags() == null ? Set.of() : d.needTags(), summary, district, d.maxDistanceKm(), d.requiredStart(),
                d.durationWeeks(), d.urgency(), d.funding());
    }

    /**
     * Sends a checked referral to the providers that fit, in the order given (agreement rank, then
     * nearest). Refused when none fits: there is never a "send to all".
     */
    public static Referral raise(long councilId, long hubId, long agreementId, int lotNumber, Details checked, CallOffRoute route,
                                 Instant competitionCloses, List<Invitee> invitees, String by, Instant now) {
        if (invitees.isEmpty()) {
            throw new ConflictException("No provider on the agreement fits this referral, so it was not sent. "
                    + "See why each provider was excluded; a wider distance or a spot purchase may be needed.");
        }
        if (route == CallOffRoute.FURTHER_COMPETITION && (competitionCloses == null || !competitionCloses.isAfter(now.plus(Duration.ofMinutes(30)))
                || competitionCloses.isAfter(now.plus(Duration.ofDays(30))))) {
            throw InvalidInputException.of("respondBy", "Give the time by which providers must answer: at least 30 minutes "
                    + "and at most 30 days from now.");
        }
        Referral r = new Referral();
        r.councilId = councilId;
        r.hubId = hubId;
        r.agreementId = agreementId;
        r.lotNumber = lotNumber;
        r.childReference = checked.childReference();
        r.ageYears = checked.ageYears();
        r.category = checked.category();
        r.needLevel = checked.needLevel();
        r.needTags = NeedTag.join(checked.needTags());
        r.needsSummary = checked.needsSummary();
        r.postcodeDistrict = checked.postcodeDistrict();
        r.maxDistanceKm = checked.maxDistanceKm();
        r.requiredStart = checked.requiredStart();
        r.durationWeeks = checked.durationWeeks();
        r.urgency = checked.urgency();
        r.socialCarePct = checked.funding().socialCare();
        r.educationPct = checked.funding().education();
        r.healthPct = checked.funding().health();
        r.route = route;
        r.status = ReferralStatus.OPEN;
        r.createdBy = by;
        r.createdAt = now;
        int position = 1;
        for (Invitee invitee : invitees) {
            r.invitations.add(new Invitation(position++, invitee));
        }
        if (route == CallOffRoute.FURTHER_COMPETITION) {
            r.respondBy = competitionCloses;
            r.invitations.forEach(i -> i.invite(now, competitionCloses));
        } else {
            r.invitations.get(0).invite(now, now.plus(r.urgency.answerWindow()));
        }
        r.schedule();
        return r;
    }

    /** The provider offers: only while it is invited and its window is open. */
    public List<Change> offer(long providerId, Offer offer, String by, Instant now) {
        Invitation invitation = answerable(providerId, now);
        Instant expires = now.plus(urgency.offerValidity());
        if (route == CallOffRoute.FURTHER_COMPETITION) {
            // Offers stay open for the council for the offer validity after the competition closes.
            expires = respondBy.plus(urgency.offerValidity());
        }
        invitation.offer(offer, by, now, expires);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(invitation, InvitationStatus.INVITED, InvitationStatus.OFFERED));
        schedule();
        return changes;
    }

    /** The provider declines with a reason from the list; a direct award moves on to the next provider. */
    public List<Change> decline(long providerId, DeclineReason reason, String by, Instant now) {
        Invitation invitation = answerable(providerId, now);
        invitation.decline(reason, by, now);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(invitation, InvitationStatus.INVITED, InvitationStatus.DECLINED));
        progress(now, changes);
        return changes;
    }

    /**
     * The council accepts an offer. In a further competition the council waits for the deadline
     * (or for every provider's answer), so that every invited provider had its chance.
     */
    public List<Change> accept(long invitationId, Instant now) {
        requireOpen();
        Invitation chosen = invitation(invitationId);
        if (chosen.status() != InvitationStatus.OFFERED || !chosen.offerExpiresAt().isAfter(now)) {
            throw new ConflictException("Only an open offer can be accepted; this one is " + chosen.status().label().toLowerCase() + ".");
        }
        if (route == CallOffRoute.FURTHER_COMPETITION && now.isBefore(respondBy)
                && invitations.stream().anyMatch(i -> i.status() == InvitationStatus.INVITED)) {
            throw new ConflictException("The further competition is open until its deadline: wait for it, or for every invited provider to answer.");
        }
        List<Change> changes = new ArrayList<>();
        move(chosen, InvitationStatus.ACCEPTED, changes);
        for (Invitation other : invitations) {
            if (other.status() == InvitationStatus.OFFERED) {
                move(other, InvitationStatus.NOT_CHOSEN, changes);
            } else if (other.status() == InvitationStatus.INVITED || other.status() == InvitationStatus.QUEUED) {
                move(other, InvitationStatus.WITHDRAWN, changes);
            }
        }
        close(ReferralStatus.PLACED, null, now);
        return changes;
    }

    /** The council turns an offer down (a direct award then moves on to the next provider). */
    public List<Change> turnDown(long invitationId, Instant now) {
        requireOpen();
        Invitation invitation = invitation(invitationId);
        if (invitation.status() != InvitationStatus.OFFERED) {
            throw new ConflictException("Only an open offer can be turned down.");
        }
        List<Change> changes = new ArrayList<>();
        move(invitation, InvitationStatus.NOT_CHOSEN, changes);
        progress(now, changes);
        return changes;
    }

    /** The council withdraws the referral (the child's plans changed); every provider still involved is told. */
    public List<Change> withdraw(String reason, Instant now) {
        requireOpen();
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw InvalidInputException.of("reason", "Say why the referral is withdrawn (5 to 500 characters; no names).");
        }
        List<Change> changes = new ArrayList<>();
        for (Invitation i : invitations) {
            if (i.status() == InvitationStatus.OFFERED) {
                move(i, InvitationStatus.NOT_CHOSEN, changes);
            } else if (i.status() == InvitationStatus.INVITED || i.status() == InvitationStatus.QUEUED) {
                move(i, InvitationStatus.WITHDRAWN, changes);
            }
        }
        close(ReferralStatus.WITHDRAWN, why, now);
        return changes;
    }

    /** Closes windows and lapses offers that are due, moves a cascade on, closes the referral when nobody is left. */
    public List<Change> advance(Instant now) {
        List<Change> changes = new ArrayList<>();
        if (status == ReferralStatus.OPEN) {
            progress(now, changes);
        } else {
            nextCheck = null;
        }
        return changes;
    }

    private void progress(Instant now, List<Change> changes) {
        for (Invitation i : invitations) {
            if (i.status() == InvitationStatus.INVITED && !i.respondBy().isAfter(now)) {
                move(i, InvitationStatus.EXPIRED, changes);
            } else if (i.status() == InvitationStatus.OFFERED && !i.offerExpiresAt().isAfter(now)) {
                move(i, InvitationStatus.LAPSED, changes);
            }
        }
        boolean pending = invitations.stream().anyMatch(i -> i.status() == InvitationStatus.INVITED || i.status() == InvitationStatus.OFFERED);
        if (route == CallOffRoute.DIRECT_AWARD && !pending) {
            invitations.stream().filter(i -> i.status() == InvitationStatus.QUEUED).findFirst().ifPresent(next -> {
                next.invite(now, now.plus(urgency.answerWindow()));
                changes.add(new Change(next, InvitationStatus.QUEUED, InvitationStatus.INVITED));
            });
            pending = invitations.stream().anyMatch(i -> i.status() == InvitationStatus.INVITED);
        }
        if (!pending) {
            close(ReferralStatus.UNPLACED, route == CallOffRoute.DIRECT_AWARD
                    ? "Every provider that fits was offered the referral in rank order; none has an open offer."
                    : "The further competition closed with no open offer.", now);
        } else {
            schedule();
        }
    }

    private Invitation answerable(long providerId, Instant now) {
        requireOpen();
        Invitation invitation = invitations.stream().filter(i -> i.providerId() == providerId && i.seenByProvider()).findFirst()
                .orElseThrow(() -> new NotFoundException("No such referral."));
        if (invitation.status() != InvitationStatus.INVITED) {
            throw new ConflictException("You have already answered this referral (" + invitation.status().label().toLowerCase() + ").");
        }
        if (!invitation.respondBy().isAfter(now)) {
            throw new ConflictException("The time to answer this referral has passed.");
        }
        return invitation;
    }

    private Invitation invitation(long invitationId) {
        return invitations.stream().filter(i -> Objects.equals(i.id(), invitationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such offer on this referral."));
    }

    private void requireOpen() {
        if (status != ReferralStatus.OPEN) {
            throw new ConflictException("This referral is " + status.label().toLowerCase() + ".");
        }
    }

    private void move(Invitation invitation, InvitationStatus target, List<Change> changes) {
        InvitationStatus from = invitation.status();
        invitation.moveTo(target);
        changes.add(new Change(invitation, from, target));
    }

    /**
     * Removes what identifies or describes the child from a referral that never became a placement
     * (after the retention period): the reference, the needs summary, the need tags and the home
     * district. Age, category and need level stay, for the figures. Refused for an open or placed one.
     */
    public boolean removeChildDetails(Instant now) {
        if (status != ReferralStatus.UNPLACED && status != ReferralStatus.WITHDRAWN) {
            throw new org.commissioning.marketplace.shared.domain.ConflictException(
                    "Only a referral that closed without a placement has its child's details removed.");
        }
        if (detailsRemovedAt != null) {
            return false;
        }
        childReference = "REMOVED-" + id;
        needsSummary = "Removed after the retention period.";
        needTags = "";
        postcodeDistrict = "";
        detailsRemovedAt = now;
        return true;
    }

    private void close(ReferralStatus target, String reason, Instant now) {
        status = status.moveTo(target);
        statusReason = reason;
        closedAt = now;
        nextCheck = null;
    }

    /** The next moment something falls due: a window closing or an offer lapsing. */
    private void schedule() {
        nextCheck = invitations.stream()
                .map(i -> i.status() == InvitationStatus.INVITED ? i.respondBy()
                        : i.status() == InvitationStatus.OFFERED ? i.offerExpiresAt() : null)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    public FundingSplit funding() {
        return new FundingSplit(socialCarePct, educationPct, healthPct);
    }

    public LocalDate plannedEnd(LocalDate start) {
        return start.plusWeeks(durationWeeks);
    }

    public Long id() {
        return id;
    }

    public long councilId() {
        return councilId;
    }

    public long hubId() {
        return hubId;
    }

    public long agreementId() {
        return agreementId;
    }

    public int lotNumber() {
        return lotNumber;
    }

    public String childReference() {
        return childReference;
    }

    public int ageYears() {
        return ageYears;
    }

    public ServiceCategory category() {
        return category;
    }

    public NeedLevel needLevel() {
        return needLevel;
    }

    public Set<NeedTag> needTags() {
        return NeedTag.split(needTags);
    }

    public String needsSummary() {
        return needsSummary;
    }

    public String postcodeDistrict() {
        return postcodeDistrict;
    }

    public int maxDistanceKm() {
        return maxDistanceKm;
    }

    public LocalDate requiredStart() {
        return requiredStart;
    }

    public int durationWeeks() {
        return durationWeeks;
    }

    public Urgency urgency() {
        return urgency;
    }

    public CallOffRoute route() {
        return route;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public ReferralStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant nextCheck() {
        return nextCheck;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }
}
