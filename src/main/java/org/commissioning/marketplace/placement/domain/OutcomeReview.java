package org.commissioning.marketplace.placement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a placement is doing for the child, recorded by the placing council at set points: three
 * months in, every six months after, and at the end. Stability (moves since the last review),
 * education (on a school roll, attendance), health (assessment up to date), wellbeing (the Strengths
 * and Difficulties Questionnaire score, where recorded) and progress on the placement's goals.
 */
@Entity
@Table(name = "outcome_review")
public class OutcomeReview {

    /** When in the placement the review falls. */
    public enum ReviewPoint {
        THREE_MONTHS("Three months in"),
        SIX_MONTHLY("Six-monthly"),
        ENDING("At the end");

        private final String label;

        ReviewPoint(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the placement's goals for the child are going. */
    public enum GoalProgress {
        MET("Met"),
        PROGRESSING("Making progress"),
        NOT_PROGRESSING("Not making progress"),
        NONE_SET("No goals set");

        private final String label;

        GoalProgress(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the council records; facts not known are left out (null), except moves and goals. */
    public record Details(ReviewPoint point, LocalDate reviewedOn, Integer movesSinceLast, Boolean onSchoolRoll, Integer attendancePct,
                          Boolean healthCurrent, Integer sdqScore, GoalProgress goals, String notes) {
    }

    public static final int MAX_NOTES = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "placement_id")
    private long placementId;
    @Column(name = "council_id")
    private long councilId;
    @Column(name = "hub_id")
    private long hubId;
    @Column(name = "provider_id")
    private long providerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_point")
    private ReviewPoint point;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Column(name = "moves_since_last")
    private int movesSinceLast;
    @Column(name = "on_school_roll")
    private Boolean onSchoolRoll;
    @Column(name = "attendance_pct")
    private Integer attendancePct;
    @Column(name = "health_current")
    private Boolean healthCurrent;
    @Column(name = "sdq_score")
    private Integer sdqScore;
    @Enumerated(EnumType.STRING)
    private GoalProgress goals;
    private String notes;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected OutcomeReview() {
    }

    /**
     * A review of a started or ended placement, dated within it, not in the future and not before the
     * last review; the review at the end only once the placement has ended, and nothing after it.
     */
    public static OutcomeReview record(Placement placement, Details d, List<OutcomeReview> earlier, String by, Instant now, LocalDate today) {
        if (placement.status() != PlacementStatus.STARTED && placement.status() != PlacementStatus.ENDED) {
            throw new ConflictException("Outcomes are reviewed once the placement has started.");
        }
        if (d == null) {
            throw InvalidInputException.of("point", "Choose the review point.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.point() == null) {
            errors.put("point", "Choose the review point: three months in, six-monthly or at the end.");
        }
        OutcomeReview last = earlier.stream().max(Comparator.comparing(OutcomeReview::reviewedOn)).orElse(null);
        LocalDate latest = placement.endedOn() != null && placement.endedOn().isBefore(today) ? placement.endedOn() : today;
        if (d.reviewedOn() == null) {
            errors.put("reviewedOn", "Give the date of the review.");
        } else if (d.reviewedOn().isBefore(placement.startDate()) || d.reviewedOn().isAfter(latest)) {
            errors.put("reviewedOn", "The review date must be between the start (" + placement.startDate() + ") and "
                    + (latest.equals(today) ? "today" : "the end (" + latest + ")") + ".");
        } else if (last != null && d.reviewedOn().isBefore(last.reviewedOn())) {
            errors.put("reviewedOn", "The review date cannot be before the last review (" + last.reviewedOn() + ").");
        }
        if (d.movesSinceLast() == null || d.movesSinceLast() < 0 || d.movesSinceLast() > 20) {
            errors.put("movesSinceLast", "Give the number of moves since the last review (or the start), from 0 to 20.");
        }
        if (d.attendancePct() != null && (d.attendancePct() < 0 || d.attendancePct() > 100)) {
            errors.put("attendancePct", "Give attendance as a percentage from 0 to 100.");
        } else if (d.attendancePct() != null && Boolean.FALSE.equals(d.onSchoolRoll())) {
            errors.put("attendancePct", "Attendance is only recorded for a child on a school roll.");
        }
        if (d.sdqScore() != null && (d.sdqScore() < 0 || d.sdqScore() > 40)) {
            errors.put("sdqScore", "A Strengths and Difficulties Questionnaire total is from 0 to 40.");
        }
        if (d.goals() == null) {
            errors.put("goals", "Say how the placement's goals are going (or that none are set).");
        }
        if (d.notes() != null && d.notes().length() > MAX_NOTES) {
            errors.put("notes", "Please keep the notes to " + MAX_NOTES + " characters or fewer.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (earlier.stream().anyMatch(r -> r.point == ReviewPoint.ENDING)) {
            throw new ConflictException("The review at the end is recorded: nothing comes after it.");
        }
        if (d.point() == ReviewPoint.ENDING && placement.status() != PlacementStatus.ENDED) {
            throw new ConflictException("The review at the end is recorded once the placement has ended.");
        }
        if (d.point() == ReviewPoint.THREE_MONTHS && earlier.stream().anyMatch(r -> r.point == ReviewPoint.THREE_MONTHS)) {
            throw new ConflictException("The three-month review is recorded already: the next is six-monthly.");
        }
        OutcomeReview r = new OutcomeReview();
        r.placementId = placement.id();
        r.councilId = placement.councilId();
        r.hubId = placement.hubId();
        r.providerId = placement.providerId();
        r.point = d.point();
        r.reviewedOn = d.reviewedOn();
        r.movesSinceLast = d.movesSinceLast();
        r.onSchoolRoll = d.onSchoolRoll();
        r.attendancePct = d.attendancePct();
        r.healthCurrent = d.healthCurrent();
        r.sdqScore = d.sdqScore();
        r.goals = d.goals();
        r.notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().strip();
        r.recordedBy = by;
        r.recordedAt = now;
        return r;
    }

    /**
     * When the next review is due: three months after the start, then six months after the last
     * review; on the day it ended for an ended placement without its review at the end; never after that.
     */
    public static LocalDate nextDue(Placement placement, List<OutcomeReview> reviews) {
        if (placement.status() != PlacementStatus.STARTED && placement.status() != PlacementStatus.ENDED) {
            return null;
        }
        if (reviews.stream().anyMatch(r -> r.point == ReviewPoint.ENDING)) {
            return null;
        }
        if (placement.status() == PlacementStatus.ENDED) {
            return placement.endedOn();
        }
        return reviews.stream().map(OutcomeReview::reviewedOn).max(Comparator.naturalOrder()).map(d -> d.plusMonths(6))
                .orElse(placement.startDate().plusMonths(3));
    }

    public Long id() {
        return id;
    }

    public long placementId() {
        return placementId;
    }

    public long providerId() {
        return providerId;
    }

    public ReviewPoint point() {
        return point;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public int movesSinceLast() {
        return movesSinceLast;
    }

    public Boolean onSchoolRoll() {
        return onSchoolRoll;
    }

    public Integer attendancePct() {
        return attendancePct;
    }

    public Boolean healthCurrent() {
        return healthCurrent;
    }

    public Integer sdqScore() {
        return sdqScore;
    }

    public GoalProgress goals() {
        return goals;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
