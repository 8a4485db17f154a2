package org.commissioning.marketplace.need.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.need.application.NeedsViews.CategoryTotal;
import org.commissioning.marketplace.need.application.NeedsViews.CouncilProgress;
import org.commissioning.marketplace.need.application.NeedsViews.DeadlineChange;
import org.commissioning.marketplace.need.application.NeedsViews.DemandProfile;
import org.commissioning.marketplace.need.application.NeedsViews.LineView;
import org.commissioning.marketplace.need.application.NeedsViews.NeedLineInput;
import org.commissioning.marketplace.need.application.NeedsViews.OpenRound;
import org.commissioning.marketplace.need.application.NeedsViews.ProfileRow;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.need.application.NeedsViews.SubmissionView;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.need.domain.NeedLine;
import org.commissioning.marketplace.need.domain.NeedLineSpec;
import org.commissioning.marketplace.need.domain.NeedsRound;
import org.commissioning.marketplace.need.domain.NeedsSubmission;
import org.commissioning.marketplace.need.domain.SubmissionStatus;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pooling placement needs. Hub commissioners open needs rounds for their hub and read the pooled
 * demand; council commissioners of member councils record, import and submit their own needs.
 * A council never sees another council's needs; a hub never sees another hub's rounds.
 */
@ApplicationScoped
public class NeedsService {

    static final String NOT_STARTED = "NOT_STARTED";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- the hub

    @Transactional
    public RoundView open(OpenRound command) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        if (command == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        Instant now = Instant.now(clock);
        NeedsRound round = NeedsRound.open(hub.organisationId(), command.planningYear(), command.deadline(),
                command.subRegions(), hub.username(), now);
        boolean exists = !em.createQuery("SELECT r.id FROM NeedsRound r WHERE r.hubId = :h AND r.planningYear = :y",
                        Long.class).setParameter("h", hub.organisationId()).setParameter("y", round.planningYear())
                .getResultList().isEmpty();
        if (exists) {
            throw InvalidInputException.of("planningYear", "There is already a needs round for "
                    + round.planningYearLabel() + ".");
        }
        em.persist(round);
        em.flush();
        audit.record("needs-round.opened", "needs-round", round.id(), "planning year " + round.planningYearLabel()
                + ", deadline " + round.deadline() + ", sub-regions " + round.subRegions());
        return RoundView.of(round, hub.organisationName(), now);
    }

    @Transactional
    public RoundView moveDeadline(long roundId, DeadlineChange change) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        NeedsRound round = hubRound(hub, roundId);
        if (change == null || change.version() == null || change.version() != round.version()) {
            throw new ConflictException("Someone else changed this round after you opened it. Reload it and try again.");
        }
        Instant before = round.deadline();
        round.moveDeadline(change.deadline(), Instant.now(clock));
        audit.record("needs-round.deadline-moved", "needs-round", roundId, AuditTrail.change("deadline", before, round.deadline()));
        em.flush();
        return RoundView.of(round, hub.organisationName(), Instant.now(clock));
    }

    /** Where each current member council stands. */
    @Transactional
    public List<CouncilProgress> progress(long roundId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        NeedsRound round = hubRound(hub, roundId);
        Map<Long, NeedsSubmission> byCouncil = new java.util.HashMap<>();
        em.createQuery("SELECT s FROM NeedsSubmission s WHERE s.roundId = :r", NeedsSubmission.class)
                .setParameter("r", round.id()).getResultList().forEach(s -> byCouncil.put(s.councilId(), s));
        List<CouncilProgress> progress = new ArrayList<>();
        for (OrganisationRef council : parties.membersOf(round.hubId())) {
            NeedsSubmission s = byCouncil.get(council.id());
            progress.add(s == null
                    ? new CouncilProgress(council.id(), council.name(), NOT_STARTED, null, 0, BigDecimal.ZERO.setScale(2))
                    : new CouncilProgress(council.id(), council.name(), s.status().name(), s.submittedAt(),
                    s.placements(), s.estimatedAnnualValue().amount()));
        }
        return progress;
    }

    /**
     * The pooled demand of every submitted council, per category, sub-region and need level,
     * aggregated in the database.
     */
    @Transactional
    public DemandProfile profile(long roundId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        NeedsRound round = hubRound(hub, roundId);
        List<Object[]> cells = em.createQuery(
                        "SELECT l.category, l.subRegion, l.needLevel, COUNT(DISTINCT s.councilId), SUM(l.placements), "
                                + "SUM(l.placements * l.weeks), SUM(l.placements * l.weeks * l.baselineWeeklyFee.amount) "
                                + "FROM NeedLine l JOIN l.submission s WHERE s.roundId = :r AND s.status = :submitted "
                                + "GROUP BY l.category, l.subRegion, l.needLevel", Object[].class)
                .setParameter("r", round.id()).setParameter("submitted", SubmissionStatus.SUBMITTED)
                .getResultList();
        List<ProfileRow> rows = new ArrayList<>();
        for (Object[] c : cells) {
            long placementWeeks = ((Number) c[5]).longValue();
            BigDecimal value = toMoney(c[6]);
            rows.add(new ProfileRow((ServiceCategory) c[0], (String) c[1], (NeedLevel) c[2],
                    ((Number) c[3]).longValue(), ((Number) c[4]).longValue(), placementWeeks, value,
                    placementWeeks == 0 ? BigDecimal.ZERO : value.divide(BigDecimal.valueOf(placementWeeks), 2, RoundingMode.HALF_EVEN)));
        }
        rows.sort(java.util.Comparator.comparing(ProfileRow::category).thenComparing(r -> round.subRegions().indexOf(r.subRegion()))
                .thenComparing(ProfileRow::needLevel));
        Map<ServiceCategory, long[]> placements = new EnumMap<>(ServiceCategory.class);
        Map<ServiceCategory, BigDecimal> values = new EnumMap<>(ServiceCategory.class);
        for (ProfileRow r : rows) {
            placements.computeIfAbsent(r.category(), k -> new long[1])[0] += r.placements();
            values.merge(r.category(), r.estimatedAnnualValue(), BigDecimal::add);
        }
        List<CategoryTotal> byCategory = values.entrySet().stream()
                .map(e -> new CategoryTotal(e.getKey(), placements.get(e.getKey())[0], e.getValue())).toList();
        long submitted = em.createQuery("SELECT COUNT(s) FROM NeedsSubmission s WHERE s.roundId = :r AND s.status = :submitted",
                        Long.class).setParameter("r", round.id()).setParameter("submitted", SubmissionStatus.SUBMITTED)
                .getSingleResult();
        return new DemandProfile(round.id(), round.planningYearLabel(), (int) submitted,
                parties.membersOf(round.hubId()).size(), rows, byCategory,
                rows.stream().mapToLong(ProfileRow::placements).sum(),
                rows.stream().map(ProfileRow::estimatedAnnualValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /** Pooled volume and value for a lot: submitted needs matching the category (and sub-region, need level if given). */
    public record Estimate(long placements, BigDecimal estimatedAnnualValue) {
    }

    @Transactional
    public Estimate estimate(long roundId, ServiceCategory category, String subRegion, NeedLevel needLevel) {
        DemandProfile profile = profile(roundId);
        long placements = 0;
        BigDecimal value = BigDecimal.ZERO.setScale(2);
        for (ProfileRow r : profile.rows()) {
            if (r.category() == category && (subRegion == null || subRegion.isBlank() || r.subRegion().equalsIgnoreCase(subRegion.strip()))
                    && (needLevel == null || r.needLevel() == needLevel)) {
                placements += r.placements();
                value = value.add(r.estimatedAnnualValue());
            }
        }
        return new Estimate(placements, value);
    }

    // ---- both

    /** What waits for a council: each open needs round of its hubs that it has not submitted to. */
    @Transactional
    public List<org.commissioning.marketplace.shared.application.Task> councilTasks(Caller council) {
        if (!council.has(Role.COUNCIL_COMMISSIONER)) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        List<org.commissioning.marketplace.shared.application.Task> tasks = new ArrayList<>();
        for (OrganisationRef hub : parties.hubsOf(council.organisationId())) {
            em.createQuery("SELECT r FROM NeedsRound r WHERE r.hubId = :h AND r.deadline > :now AND NOT EXISTS (SELECT s FROM "
                            + "NeedsSubmission s WHERE s.roundId = r.id AND s.councilId = :c AND s.status = :submitted) "
                            + "ORDER BY r.deadline", NeedsRound.class)
                    .setParameter("h", hub.id()).setParameter("now", now).setParameter("c", council.organisationId())
                    .setParameter("submitted", org.commissioning.marketplace.need.domain.SubmissionStatus.SUBMITTED)
                    .getResultList().forEach(r -> tasks.add(new org.commissioning.marketplace.shared.application.Task(
                            "Submit your placement needs to " + hub.name() + "'s " + r.planningYearLabel() + " needs round",
                            "council/needs.xhtml?round=" + r.id(), r.deadline())));
        }
        return tasks;
    }

    /** The rounds the caller can see: a hub's own, or those of the hubs a council belongs to. */
    @Transactional
    public List<RoundView> rounds() {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        List<OrganisationRef> hubs = caller.has(Role.HUB_COMMISSIONER)
                ? List.of(new OrganisationRef(caller.organisationId(), caller.organisationName()))
                : parties.hubsOf(caller.organisationId());
        Instant now = Instant.now(clock);
        List<RoundView> views = new ArrayList<>();
        for (OrganisationRef hub : hubs) {
            em.createQuery("SELECT r FROM NeedsRound r WHERE r.hubId = :h ORDER BY r.planningYear DESC", NeedsRound.class)
                    .setParameter("h", hub.id()).getResultList()
                    .forEach(r -> views.add(RoundView.of(r, hub.name(), now)));
        }
        return views;
    }

    @Transactional
    public RoundView round(long roundId) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        NeedsRound round = visibleRound(caller, roundId);
        String hubName = caller.has(Role.HUB_COMMISSIONER) ? caller.organisationName()
                : parties.hubsOf(caller.organisationId()).stream().filter(h -> h.id() == round.hubId())
                .map(OrganisationRef::name).findFirst().orElse("");
        return RoundView.of(round, hubName, Instant.now(clock));
    }

    /** The CSV template for a round, with its sub-regions. */
    @Transactional
    public String template(long roundId) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        return NeedsCsv.template(visibleRound(caller, roundId).subRegions());
    }

    // ---- the council

    @Transactional
    public SubmissionView mine(long roundId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        NeedsRound round = visibleRound(council, roundId);
        return view(council, round, findSubmission(round, council.organisationId()).orElse(null));
    }

    @Transactional
    public SubmissionView addLine(long roundId, NeedLineInput input) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        NeedsRound round = visibleRound(council, roundId);
        NeedsSubmission submission = draftOf(round, council);
        NeedLine line = submission.add(new NeedLineSpec(input.category(), input.needLevel(), input.ageBand(),
                input.subRegion(), input.placements(), input.weeks(), input.baselineWeeklyFee()), round, Instant.now(clock));
        em.flush();
        audit.record("needs.line-added", "needs-submission", submission.id(), line.describe() + ": "
                + line.placements() + " placements x " + line.weeks() + " weeks at " + line.baselineWeeklyFee());
        return view(council, round, submission);
    }

    @Transactional
    public SubmissionView removeLine(long roundId, long lineId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        NeedsRound round = visibleRound(council, roundId);
        NeedsSubmission submission = findSubmission(round, council.organisationId())
                .orElseThrow(() -> new NotFoundException("There is no line " + lineId + " in your needs."));
        NeedLine removed = submission.remove(lineId, round, Instant.now(clock));
        audit.record("needs.line-removed", "needs-submission", submission.id(), removed.describe());
        return view(council, round, submission);
    }

    /** Replaces the council's lines with the file's: all rows valid, or nothing changes. */
    @Transactional
    public SubmissionView importCsv(long roundId, Reader csv) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        NeedsRound round = visibleRound(council, roundId);
        List<NeedLineSpec> specs = NeedsCsv.parse(csv, round::subRegionNamed);
        NeedsSubmission submission = draftOf(round, council);
        int before = submission.lines().size();
        Instant now = Instant.now(clock);
        List<NeedLine> replacement = submission.checkReplacement(specs, round, now);
        // Delete the old lines first: the new ones may reuse their keys. Any failure rolls back both.
        submission.clearLines(round, now);
        em.flush();
        submission.addAll(replacement);
        em.flush();
        audit.record("needs.imported", "needs-submission", submission.id(),
                AuditTrail.change("lines", before, submission.lines().size()) + " from CSV");
        return view(council, round, submission);
    }

    @Transactional
    public SubmissionView submit(long roundId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        NeedsRound round = visibleRound(council, roundId);
        NeedsSubmission submission = findSubmission(round, council.organisationId())
                .orElseThrow(() -> InvalidInputException.of("lines", "Add at least one line of need before submitting."));
        submission.submit(council.username(), round, Instant.now(clock));
        audit.record("needs.submitted", "needs-submission", submission.id(), submission.lines().size() + " lines, "
                + submission.placements() + " placements, " + submission.estimatedAnnualValue());
        return view(council, round, submission);
    }

    @Transactional
    public SubmissionView reopen(long roundId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        NeedsRound round = visibleRound(council, roundId);
        NeedsSubmission submission = findSubmission(round, council.organisationId())
                .orElseThrow(() -> new ConflictException("Your needs have not been submitted."));
        submission.reopen(round, Instant.now(clock));
        audit.record("needs.reopened", "needs-submission", submission.id(), AuditTrail.change("status", "SUBMITTED", "DRAFT"));
        return view(council, round, submission);
    }

    // ---- helpers

    private NeedsRound hubRound(Caller hub, long roundId) {
        NeedsRound round = em.find(NeedsRound.class, roundId);
        if (round == null || round.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no needs round " + roundId + " for your hub.");
        }
        return round;
    }

    private NeedsRound visibleRound(Caller caller, long roundId) {
        NeedsRound round = em.find(NeedsRound.class, roundId);
        boolean visible = round != null && (caller.has(Role.HUB_COMMISSIONER)
                ? round.hubId() == caller.organisationId()
                : parties.isMember(caller.organisationId(), round.hubId()));
        if (!visible) {
            throw new NotFoundException("There is no needs round " + roundId + " that you can see.");
        }
        if (caller.has(Role.HUB_COMMISSIONER) && caller.has(Role.COUNCIL_COMMISSIONER)) {
            throw new AccessDeniedException("An account cannot act for both a hub and a council.");
        }
        return round;
    }

    private Optional<NeedsSubmission> findSubmission(NeedsRound round, long councilId) {
        return em.createQuery("SELECT s FROM NeedsSubmission s WHERE s.roundId = :r AND s.councilId = :c",
                        NeedsSubmission.class)
                .setParameter("r", round.id()).setParameter("c", councilId).getResultStream().findFirst();
    }

    private NeedsSubmission draftOf(NeedsRound round, Caller council) {
        return findSubmission(round, council.organisationId()).orElseGet(() -> {
            round.requireOpen(Instant.now(clock));
            NeedsSubmission s = NeedsSubmission.start(round, council.organisationId());
            try {
                em.persist(s);
                em.flush();
            } catch (PersistenceException raced) {
                throw new ConflictException("Someone else in your council started these needs at the same moment. Reload and try again.");
            }
            return s;
        });
    }

    private SubmissionView view(Caller council, NeedsRound round, NeedsSubmission s) {
        if (s == null) {
            return new SubmissionView(round.id(), council.organisationId(), council.organisationName(), NOT_STARTED,
                    null, null, List.of(), 0, BigDecimal.ZERO.setScale(2));
        }
        return new SubmissionView(round.id(), council.organisationId(), council.organisationName(), s.status().name(),
                s.submittedAt(), s.submittedBy(), s.lines().stream().map(LineView::of).toList(), s.placements(),
                s.estimatedAnnualValue().amount());
    }

    private static BigDecimal toMoney(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_EVEN);
    }
}
