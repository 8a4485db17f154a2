package org.commissioning.marketplace.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.placement.domain.OutcomeReview;
import org.commissioning.marketplace.placement.domain.OutcomeReview.GoalProgress;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.placement.domain.PlacementStatus;
import org.commissioning.marketplace.shared.application.TableExport.Table;
import org.commissioning.marketplace.shared.application.Task;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome reviews of placements: the placing council records them at set points and reads its own;
 * it is told when one is overdue; providers (all theirs) and hubs (their councils') see only counts,
 * from {@value #SHOWN_FROM} reviews, and councils download their own as CSV or Excel.
 */
@ApplicationScoped
public class OutcomeService {

    /** Fewest reviews ever counted out for a provider. */
    public static final int SHOWN_FROM = 5;

    /** An ended placement's review at the end is asked for this long after it ended, then no more. */
    private static final int ENDING_REVIEW_DAYS = 90;

    private static final List<String> COLUMNS = List.of("Placement", "Child reference", "Provider", "Review point", "Reviewed on",
            "Moves since last review", "On a school roll", "Attendance %", "Health assessment up to date", "SDQ score", "Goals",
            "Recorded by");

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ReviewView(long id, String point, String pointLabel, LocalDate reviewedOn, int movesSinceLast, Boolean onSchoolRoll,
                             Integer attendancePct, Boolean healthCurrent, Integer sdqScore, String goals, String goalsLabel, String notes,
                             String recordedBy, Instant recordedAt) {
    }

    /** A placement's reviews, oldest first, and when the next is due (none once the review at the end is in). */
    public record Reviews(long placementId, LocalDate nextDue, boolean overdue, List<ReviewView> reviews) {
    }

    /** A provider's outcomes in counts: nothing counted out below {@value #SHOWN_FROM} reviews. */
    public record Summary(long providerId, long reviews, boolean shown, int shownFrom, long noMoves, long onSchoolRoll,
                          long schoolKnown, long healthCurrent, long healthKnown, long goalsMetOrProgressing, long goalsSet) {
    }

    @Transactional
    public ReviewView record(long placementId, OutcomeReview.Details details) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Placement placement = em.find(Placement.class, placementId, LockModeType.PESSIMISTIC_WRITE);
        if (placement == null || placement.councilId() != council.organisationId()) {
            throw new NotFoundException("No such placement.");
        }
        OutcomeReview review = OutcomeReview.record(placement, details, reviewsOf(placementId), council.username(), Instant.now(clock),
                today());
        em.persist(review);
        em.flush();
        audit.record("placement.outcome-reviewed", "placement", placementId, placement.childReference() + ": "
                + review.point().label().toLowerCase() + " review on " + review.reviewedOn() + " recorded");
        return view(review);
    }

    @Transactional
    public Reviews forPlacement(long placementId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null || placement.councilId() != council.organisationId()) {
            throw new NotFoundException("No such placement.");
        }
        List<OutcomeReview> reviews = reviewsOf(placementId);
        LocalDate due = OutcomeReview.nextDue(placement, reviews);
        return new Reviews(placementId, due, due != null && due.isBefore(today()), reviews.stream().map(OutcomeService::view).toList());
    }

    /** For a council: one task for all its placements with a review overdue, naming the longest overdue. */
    @Transactional
    public List<Task> tasks(Caller caller) {
        if (!caller.has(Role.COUNCIL_COMMISSIONER)) {
            return List.of();
        }
        LocalDate today = today();
        List<Placement> placements = em.createQuery("SELECT p FROM Placement p WHERE p.councilId = :c AND (p.status = :started "
                        + "OR (p.status = :ended AND p.endedOn >= :since))", Placement.class)
                .setParameter("c", caller.organisationId()).setParameter("started", PlacementStatus.STARTED)
                .setParameter("ended", PlacementStatus.ENDED).setParameter("since", today.minusDays(ENDING_REVIEW_DAYS)).getResultList();
        if (placements.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OutcomeReview>> byPlacement = new HashMap<>();
        em.createQuery("SELECT r FROM OutcomeReview r WHERE r.councilId = :c", OutcomeReview.class)
                .setParameter("c", caller.organisationId()).getResultList()
                .forEach(r -> byPlacement.computeIfAbsent(r.placementId(), k -> new ArrayList<>()).add(r));
        Placement oldest = null;
        LocalDate oldestDue = null;
        int overdue = 0;
        for (Placement p : placements) {
            LocalDate due = OutcomeReview.nextDue(p, byPlacement.getOrDefault(p.id(), List.of()));
            if (due != null && due.isBefore(today)) {
                overdue++;
                if (oldestDue == null || due.isBefore(oldestDue)) {
                    oldestDue = due;
                    oldest = p;
                }
            }
        }
        if (oldest == null) {
            return List.of();
        }
        String text = overdue == 1 ? "An outcome review is overdue for placement " + oldest.childReference() + " (due "
                + UkTime.date(oldestDue) + ")" : "Outcome reviews are overdue for " + overdue + " placements; the longest overdue is "
                + oldest.childReference() + " (due " + UkTime.date(oldestDue) + ")";
        return List.of(new Task(text, "council/placement.xhtml?id=" + oldest.id() + "#outcomes", null));
    }

    /** A provider's outcome counts: the provider its own, a hub (or a council of it) those of the hub's councils' placements. */
    @Transactional
    public Summary summary(Long providerId) {
        ProviderRecordScope scope = ProviderRecordScope.of(parties, providerId, "outcomes");
        long provider = scope.providerId();
        var query = em.createQuery("SELECT r.movesSinceLast, r.onSchoolRoll, r.healthCurrent, r.goals FROM OutcomeReview r "
                + "WHERE r.providerId = :provider" + (scope.hubId() == null ? "" : " AND r.hubId = :hub"), Object[].class)
                .setParameter("provider", provider);
        if (scope.hubId() != null) {
            query.setParameter("hub", scope.hubId());
        }
        List<Object[]> rows = query.getResultList();
        if (rows.size() < SHOWN_FROM) {
            return new Summary(provider, rows.size(), false, SHOWN_FROM, 0, 0, 0, 0, 0, 0, 0);
        }
        return new Summary(provider, rows.size(), true, SHOWN_FROM,
                rows.stream().filter(r -> ((Number) r[0]).intValue() == 0).count(),
                rows.stream().filter(r -> Boolean.TRUE.equals(r[1])).count(), rows.stream().filter(r -> r[1] != null).count(),
                rows.stream().filter(r -> Boolean.TRUE.equals(r[2])).count(), rows.stream().filter(r -> r[2] != null).count(),
                rows.stream().filter(r -> r[3] == GoalProgress.MET || r[3] == GoalProgress.PROGRESSING).count(),
                rows.stream().filter(r -> r[3] != GoalProgress.NONE_SET).count());
    }

    /** A council's own reviews, newest first, as a table for CSV or Excel (the notes stay in the marketplace). */
    @Transactional
    public Table export() {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        List<Object[]> found = em.createQuery("SELECT r, p.childReference FROM OutcomeReview r, Placement p WHERE p.id = r.placementId "
                + "AND r.councilId = :c ORDER BY r.reviewedOn DESC, r.id DESC", Object[].class)
                .setParameter("c", council.organisationId()).setMaxResults(100_000).getResultList();
        Map<Long, String> names = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            OutcomeReview r = (OutcomeReview) row[0];
            rows.add(Arrays.asList(r.placementId(), row[1], names.computeIfAbsent(r.providerId(), parties::nameOf), r.point().label(),
                    r.reviewedOn(), r.movesSinceLast(), yesNo(r.onSchoolRoll()), r.attendancePct(), yesNo(r.healthCurrent()), r.sdqScore(),
                    r.goals().label(), r.recordedBy()));
        }
        return new Table("Outcome reviews", COLUMNS, rows);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "Not known" : b ? "Yes" : "No";
    }

    private List<OutcomeReview> reviewsOf(long placementId) {
        return em.createQuery("SELECT r FROM OutcomeReview r WHERE r.placementId = :p ORDER BY r.reviewedOn, r.id", OutcomeReview.class)
                .setParameter("p", placementId).getResultList();
    }

    private static ReviewView view(OutcomeReview r) {
        return new ReviewView(r.id(), r.point().name(), r.point().label(), r.reviewedOn(), r.movesSinceLast(), r.onSchoolRoll(),
                r.attendancePct(), r.healthCurrent(), r.sdqScore(), r.goals().name(), r.goals().label(), r.notes(), r.recordedBy(),
                r.recordedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }
}
