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
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An individual placement agreement (IPA): the child's reference, the provider and setting, the
 * agreement and lot it was called off from, the weekly fee, dates and funding split. Its lifecycle
 * (agreed, started, ended or cancelled) and every variation (fee change from an effective date,
 * extension) are kept, so the fee and the cost on any date can be told.
 */
@Entity
@Table(name = "placement")
public class Placement {
    /** How a placement ended. */
    public enum Ending {
        PLANNED("Planned"),
        UNPLANNED("Unplanned");

        private final String label;

        Ending(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A stretch of days at one weekly fee, and what it cost. */
    public record CostPeriod(LocalDate from, LocalDate to, BigDecimal weeklyFee, long days, BigDecimal cost) {
    }

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id")
    private Long referralId;
    @Column(name = "council_id")
    private long councilId;
    @Column(name = "hub_id")
    private long hubId;
    @Column(name = "provider_id")
    private long providerId;
    @Column(name = "setting_id")
    private long settingId;
    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "lot_number")
    private Integer lotNumber;

    /** Why a placement was bought outside the frameworks; null for a call-off. */
    @Column(name = "off_framework_reason")
    private String offFrameworkReason;
    @Column(name = "child_reference")
    private String childReference;

    /** The same child across the council's placements, blind (see {@code ChildKey}); null on placements made before V35. */
    @Column(name = "child_key")
    private String childKey;
    @Enumerated(EnumType.STRING)
    private ServiceCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_level")
    private NeedLevel needLevel;
    @Column(name = "weekly_fee")
    private BigDecimal weeklyFee;
    @Column(name = "agreement_fee")
    private BigDecimal agreementFee;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    @Column(name = "social_care_pct")
    private BigDecimal socialCarePct;
    @Column(name = "education_pct")
    private BigDecimal educationPct;
    @Column(name = "health_pct")
    private BigDecimal healthPct;
    @Enumerated(EnumType.STRING)
    private PlacementStatus status;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    private Ending ending;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "agreed_at")
    private Instant agreedAt;
    @Column(name = "referred_at")
    private Instant referredAt;
    @Column(name = "agreed_by")
    private String agreedBy;
    @Column(name = "distance_km")
    private BigDecimal distanceKm;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "placement_id", nullable = false)
    @OrderBy("id ASC")
    private List<PlacementVariation> variations = new ArrayList<>();

    protected Placement() {
    }

    /** What every placement agreement says: who, where, the fee, the dates and who pays. */
    public record Terms(long councilId, long hubId, long providerId, long settingId, ServiceCategory category,
                        String childReference, String childKey, NeedLevel needLevel, BigDecimal weeklyFee,
                        LocalDate startDate, LocalDate plannedEnd, FundingSplit funding) {
    }

    /** An agreed placement on these terms, its first variation saying how it was agreed. */
    private Placement(Terms t, String howAgreed, String by, Instant now) {
        councilId = t.councilId();
        hubId = t.hubId();
        providerId = t.providerId();
        settingId = t.settingId();
        childReference = t.childReference();
        childKey = t.childKey();
        category = t.category();
        needLevel = t.needLevel();
        weeklyFee = t.weeklyFee();
        startDate = t.startDate();
        plannedEnd = t.plannedEnd();
        socialCarePct = t.funding().socialCare();
        educationPct = t.funding().education();
        healthPct = t.funding().health();
        status = PlacementStatus.AGREED;
        agreedAt = now;
        agreedBy = by;
        variations.add(new PlacementVariation(VariationKind.AGREED, startDate, weeklyFee, plannedEnd, howAgreed, by, now));
    }

    /** The agreement made when the council accepts an offer. */
    public static Placement agree(Referral referral, Invitation accepted, BigDecimal distanceKm, String childKey, String by, Instant now) {
        if (accepted.status() != InvitationStatus.ACCEPTED) {
            throw new IllegalStateException("Only an accepted offer makes a placement");
        }
        Placement p = new Placement(new Terms(referral.councilId(), referral.hubId(), accepted.providerId(), accepted.offerSettingId(),
                referral.category(), referral.childReference(), childKey, referral.needLevel(), accepted.offerFee(),
                accepted.offerStart(), referral.plannedEnd(accepted.offerStart()), referral.funding()),
                "Offer accepted" + (accepted.overPrice() ? " (above the agreement price: " + accepted.priceJustification() + ")" : ""),
                by, now);
        p.referralId = referral.id();
        p.agreementId = referral.agreementId();
        p.lotNumber = referral.lotNumber();
        p.agreementFee = accepted.agreementFee();
        p.referredAt = referral.createdAt();
        p.distanceKm = distanceKm;
        return p;
    }

    /**
     * A placement the council bought outside the frameworks (a spot purchase), recorded with the same
     * agreement, lifecycle and variations as a call-off, and the reason it was bought off framework.
     * Every problem is reported at once, each naming its field.
     */
    public static Placement offFramework(Terms t, String why, String by, Instant now) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        String reference = t.childReference() == null ? "" : t.childReference().strip().toUpperCase();
        if (!Referral.CHILD_REFERENCE.matcher(reference).matches()) {
            errors.put("childReference", "Give the child's pseudonymous reference: 3 to 20 letters, digits, hyphens or slashes, "
                    + "with at least one digit (never the child's name).");
        }
        if (t.needLevel() == null) {
            errors.put("needLevel", "Choose the child's need level.");
        }
        BigDecimal fee = t.weeklyFee();
        if (fee == null || fee.signum() <= 0 || fee.scale() > 2 || fee.compareTo(new BigDecimal("100000")) >= 0) {
            errors.put("weeklyFee", "Enter the weekly fee in pounds and pence, like 5250.00.");
        }
        if (t.startDate() == null) {
            errors.put("startDate", "Give the date the placement starts or started.");
        }
        if (t.plannedEnd() == null || (t.startDate() != null && !t.plannedEnd().isAfter(t.startDate()))) {
            errors.put("plannedEnd", "Give the planned end: a date after the start.");
        } else if (t.startDate() != null && t.plannedEnd().isAfter(t.startDate().plusYears(5))) {
            errors.put("plannedEnd", "A placement agreement runs for at most five years; extend it later if needed.");
        }
        String reason = why == null ? "" : why.strip();
        if (reason.length() < 10 || reason.length() > 500) {
            errors.put("reason", "Say in 10 to 500 characters why the placement was bought outside the frameworks.");
        }
        if (t.funding() == null) {
            errors.put("funding", "Give the funding split.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Placement p = new Placement(new Terms(t.councilId(), t.hubId(), t.providerId(), t.settingId(), t.category(), reference,
                t.childKey(), t.needLevel(), fee, t.startDate(), t.plannedEnd(), t.funding()),
                "Bought outside the frameworks: " + reason, by, now);
        p.offFrameworkReason = reason;
        return p;
    }

    /** How far the setting is from the child's home district (null when unknown). */
    public void recordDistance(BigDecimal km) {
        this.distanceKm = km;
    }

    /** The child moved in on this date (today or earlier). */
    public void start(LocalDate on, String by, Instant now, LocalDate today) {
        if (on == null || on.isAfter(today)) {
            throw InvalidInputException.of("date", "Give the date the placement started: today or earlier.");
        }
        status = status.moveTo(PlacementStatus.STARTED);
        if (!on.equals(startDate)) {
            plannedEnd = plannedEnd.plusDays(ChronoUnit.DAYS.between(startDate, on));
            startDate = on;
        }
        variations.add(new PlacementVariation(VariationKind.STARTED, on, null, plannedEnd, "Placement started", by, now));
    }

    /** A new weekly fee from an effective date (within the placement); the history keeps the old one. */
    public void changeFee(LocalDate effective, BigDecimal fee, String reason, String by, Instant now) {
        requireRunning();
        if (fee == null || fee.signum() <= 0 || fee.scale() > 2 || fee.compareTo(new BigDecimal("100000")) >= 0) {
            throw InvalidInputException.of("weeklyFee", "Enter the new weekly fee in pounds and pence, like 1025.50.");
        }
        if (effective == null || effective.isBefore(startDate) || effective.isAfter(lastDay())) {
            throw InvalidInputException.of("date", "The fee change must take effect between the start ("
                    + startDate + ") and the end (" + lastDay() + ") of the placement.");
        }
        variations.add(new PlacementVariation(VariationKind.FEE_CHANGE, effective, fee, null, reason(reason), by, now));
        weeklyFee = feeOn(lastDay());
    }

    /** A later planned end. */
    public void extend(LocalDate newEnd, String reason, String by, Instant now) {
        requireRunning();
        if (newEnd == null || !newEnd.isAfter(plannedEnd)) {
            throw InvalidInputException.of("date", "An extension needs a planned end after the current one (" + plannedEnd + ").");
        }
        String why = reason(reason);
        plannedEnd = newEnd;
        variations.add(new PlacementVariation(VariationKind.EXTENSION, newEnd, null, newEnd, why, by, now));
    }

    /** The placement ended, as planned or not, on this date, with the reason. */
    public void end(LocalDate on, Ending how, String reason, String by, Instant now, LocalDate today) {
        if (status != PlacementStatus.STARTED) {
            throw new ConflictException("Only a started placement can end" + (status == PlacementStatus.AGREED ? ": cancel it instead." : "."));
        }
        if (how == null) {
            throw InvalidInputException.of("ending", "Say whether the ending was planned or unplanned.");
        }
        if (on == null || on.isBefore(startDate) || on.isAfter(today)) {
            throw InvalidInputException.of("date", "Give the date it ended: on or after the start (" + startDate + ") and not in the future.");
        }
        String why = reason(reason);
        status = status.moveTo(PlacementStatus.ENDED);
        endedOn = on;
        ending = how;
        endReason = why;
        variations.add(new PlacementVariation(VariationKind.ENDED, on, null, null, how.label() + " ending: " + why, by, now));
    }

    /** Called off before the child moved in. */
    public void cancel(String reason, String by, Instant now) {
        String why = reason(reason);
        status = status.moveTo(PlacementStatus.CANCELLED);
        endReason = why;
        variations.add(new PlacementVariation(VariationKind.CANCELLED, startDate, null, null, why, by, now));
    }

    /** The weekly fee in force on a date: the latest fee set with an effective date on or before it. */
    public BigDecimal feeOn(LocalDate date) {
        return variations.stream().filter(v -> v.weeklyFee() != null && !v.effectiveDate().isAfter(date))
                .max(Comparator.comparing(PlacementVariation::effectiveDate).thenComparing(PlacementVariation::recordedAt)
                        .thenComparing(v -> v.id() == null ? Long.MAX_VALUE : v.id()))
                .map(PlacementVariation::weeklyFee).orElse(null);
    }

    /** The placement's days up to {@code until} (inclusive; at most its last day), split where the fee changes. */
    public List<CostPeriod> costs(LocalDate until) {
        List<CostPeriod> periods = new ArrayList<>();
        if (status == PlacementStatus.CANCELLED) {
            return periods;
        }
        LocalDate end = until.isAfter(lastDay()) ? lastDay() : until;
        List<LocalDate> changes = variations.stream().filter(v -> v.weeklyFee() != null).map(PlacementVariation::effectiveDate)
                .filter(d -> d.isAfter(startDate) && !d.isAfter(end)).distinct().sorted().toList();
        LocalDate from = startDate;
        for (LocalDate change : changes) {
            periods.add(period(from, change.minusDays(1)));
            from = change;
        }
        if (!from.isAfter(end)) {
            periods.add(period(from, end));
        }
        return periods;
    }

    private CostPeriod period(LocalDate from, LocalDate to) {
        BigDecimal fee = feeOn(from);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new CostPeriod(from, to, fee, days, fee.multiply(BigDecimal.valueOf(days)).divide(SEVEN, 2, RoundingMode.HALF_UP));
    }

    /** The last day paid for: the end date once ended, else the planned end. */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : plannedEnd;
    }

    private void requireRunning() {
        if (status != PlacementStatus.AGREED && status != PlacementStatus.STARTED) {
            throw new ConflictException("This placement is " + status.label().toLowerCase() + ": it can no longer be varied.");
        }
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw InvalidInputException.of("reason", "Give the reason (5 to 500 characters; no names).");
        }
        return why;
    }

    public FundingSplit funding() {
        return new FundingSplit(socialCarePct, educationPct, healthPct);
    }

    public Long id() {
        return id;
    }

    /** The referral it was called off from; null for a placement bought off framework. */
    public Long referralId() {
        return referralId;
    }

    public long councilId() {
        return councilId;
    }

    public long hubId() {
        return hubId;
    }

    public long providerId() {
        return providerId;
    }

    public long settingId() {
        return settingId;
    }

    /** The framework agreement it was called off from; null for a placement bought off framework. */
    public Long agreementId() {
        return agreementId;
    }

    public boolean offFramework() {
        return agreementId == null;
    }

    public String offFrameworkReason() {
        return offFrameworkReason;
    }

    public Integer lotNumber() {
        return lotNumber;
    }

    public String childReference() {
        return childReference;
    }

    public ServiceCategory category() {
        return category;
    }

    public NeedLevel needLevel() {
        return needLevel;
    }

    public BigDecimal weeklyFee() {
        return weeklyFee;
    }

    public BigDecimal agreementFee() {
        return agreementFee;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public PlacementStatus status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Ending ending() {
        return ending;
    }

    public String endReason() {
        return endReason;
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public List<PlacementVariation> variations() {
        return List.copyOf(variations);
    }

    /** From the child's home district to the setting's, between district centroids; null when unknown. */
    public BigDecimal distanceKm() {
        return distanceKm;
    }
}
