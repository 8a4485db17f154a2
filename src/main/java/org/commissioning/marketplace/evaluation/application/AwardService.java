package org.commissioning.marketplace.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.application.BidViews.OpenedBid;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AgreementView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AssessmentSummary;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AwardLineView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AwardView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.LotRankingView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.MemberView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ModificationView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.OwnMark;
import org.commissioning.marketplace.evaluation.domain.Award;
import org.commissioning.marketplace.evaluation.domain.AwardLine;
import org.commissioning.marketplace.evaluation.domain.AwardStatus;
import org.commissioning.marketplace.evaluation.domain.AgreementMember;
import org.commissioning.marketplace.evaluation.domain.AgreementStatus;
import org.commissioning.marketplace.evaluation.domain.FrameworkAgreement;
import org.commissioning.marketplace.evaluation.domain.LotRanking;
import org.commissioning.marketplace.evaluation.domain.ModeratedScore;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.domain.WorkingDays;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.commissioning.marketplace.tendering.application.OcdsTenderRelease;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.domain.Procedure;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The award: proposed per lot from the computed rankings (how many to appoint), approved by a
 * second hub commissioner, which publishes the contract award notice (and its OCDS release),
 * tells every bidder its assessment summary, and starts standstill on the working-day calendar.
 * When standstill ends the scheduler makes the award final and the framework agreement live.
 */
@ApplicationScoped
public class AwardService {

    private static final Jsonb JSON = JsonbBuilder.create();
    public static final int BATCH = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    EvaluationService evaluation;

    @Inject
    BidService bids;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    /**
     * Proposes the award. Where the tender stated its award rule (providers per lot, score threshold)
     * the rule appoints; otherwise the proposal says how many of each lot's ranked bids to appoint.
     */
    @Transactional
    public AwardView propose(long tenderId, Map<Integer, Integer> appointPerLot) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.status() != TenderStatus.IN_EVALUATION) {
            throw new ConflictException("An award is proposed once evaluation has started and before the tender is awarded.");
        }
        if (current(tenderId).isPresent()) {
            throw new ConflictException("This tender already has an award " + current(tenderId).get().status().label().toLowerCase() + ".");
        }
        Map<String, String> problems = new TreeMap<>();
        Map<Long, OpenedBid> opened = new java.util.HashMap<>();
        bids.openedForEvaluation(tenderId).forEach(b -> opened.put(b.bidId(), b));
        List<AwardLine> lines = new ArrayList<>();
        for (LotView lot : tender.lots()) {
            LotRankingView ranking = evaluation.rankingOf(tenderId, tender, lot);
            // A dynamic market appoints every bid that stays in the competition (it met the conditions of participation).
            boolean market = tender.procedure() == Procedure.DYNAMIC_MARKET;
            boolean ruled = market || tender.appointPerLot() != null || tender.scoreThreshold() != null;
            Integer appoint = ruled ? tender.appointPerLot() : appointPerLot == null ? null : appointPerLot.get(lot.number());
            if (!ranking.missing().isEmpty()) {
                problems.put("lot " + lot.number(), "Lot " + lot.number() + " is not fully moderated: " + String.join("; ", ranking.missing()));
            } else if (ranking.ranked().isEmpty()) {
                problems.put("lot " + lot.number(), "Lot " + lot.number() + " has no bid in the competition.");
            } else if (!ruled && (appoint == null || appoint < 1 || appoint > ranking.ranked().size())) {
                problems.put("appoint " + lot.number(), "Say how many providers to appoint on lot " + lot.number()
                        + ": from 1 to " + ranking.ranked().size() + ".");
            } else {
                for (var r : ranking.ranked()) {
                    var ranked = new LotRanking.Ranked(r.rank(), r.bidId(), r.providerId(), r.qualityScore(), r.priceScore(),
                            r.total(), r.basketCost());
                    String fees = JSON.toJson(EvaluationService.lotBid(opened.get(r.bidId()), lot.number()).orElseThrow().weeklyFees());
                    // The rule stated in the tender decides when there is one; otherwise the number proposed.
                    boolean appointed = market || ((appoint == null || r.rank() <= appoint)
                            && (tender.scoreThreshold() == null || r.total().compareTo(tender.scoreThreshold()) >= 0));
                    lines.add(new AwardLine(lot.number(), ranked, appointed, fees));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Award award = new Award(tenderId, hub.username(), lines, Instant.now(clock));
        em.persist(award);
        em.flush();
        audit.record("award.proposed", "tender", tenderId, "award proposed: " + appointPerLot);
        return view(award, tender);
    }

    /**
     * The second commissioner's approval: publishes the contract award notice, sends each bidder
     * its assessment summary, and starts standstill.
     */
    @Transactional
    public AwardView approve(long tenderId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        Award award = current(tenderId).orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no proposed award."));
        Instant now = Instant.now(clock);
        award.approve(hub.username(), now, calendar(), tender.standstillDays());
        award.recordNotice(ocdsAward(tender, award, now));
        audit.record("award.approved", "tender", tenderId, "approved by " + hub.username() + "; contract award notice published; "
                + "standstill ends at " + UkTime.periodEnd(award.standstillEndsAt()));
        for (long providerId : award.lines().stream().map(AwardLine::providerId).distinct().toList()) {
            AssessmentSummary summary = summaryFor(tender, award, providerId);
            mailbox.queue(parties.usernamesOf(providerId), "Assessment summary for " + tender.reference() + " " + tender.title(),
                    summaryText(tender, award, summary));
        }
        return view(award, tender);
    }

    @Transactional
    public AwardView challenge(long tenderId, String details) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (details == null || details.isBlank()) {
            throw InvalidInputException.of("details", "Record who challenged the award and on what grounds.");
        }
        Award award = current(tenderId).orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no award."));
        award.challenge(details.strip(), Instant.now(clock));
        audit.record("award.challenged", "tender", tenderId, "challenge recorded by " + hub.username() + ": award suspended");
        return view(award, tender);
    }

    @Transactional
    public AwardView challengeOutcome(long tenderId, boolean upheld) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        Award award = current(tenderId).orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no award."));
        Instant now = Instant.now(clock);
        award.challengeOutcome(upheld, now);
        audit.record("award.challenge-decided", "tender", tenderId, (upheld ? "challenge upheld: award withdrawn" : "challenge dismissed")
                + " by " + hub.username());
        if (award.status() == AwardStatus.FINAL) {
            makeLive(award, now);
        }
        return view(award, tender);
    }

    @Transactional
    public AwardView award(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        return view(latest(tenderId).orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no award yet.")), tender);
    }

    /** The award if there is one (for the hub's page). */
    @Transactional
    public Optional<AwardView> awardIfAny(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        return latest(tenderId).map(a -> view(a, tender));
    }

    /** A bidder's own assessment summary, once the award is approved. */
    @Transactional
    public AssessmentSummary mySummary(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = tenders.get(tenderId);
        Award award = latest(tenderId).filter(a -> a.approvedBy() != null)
                .orElseThrow(() -> new NotFoundException("There is no assessment summary for you on this tender yet."));
        if (award.lines().stream().noneMatch(l -> l.providerId() == provider.organisationId())) {
            throw new NotFoundException("There is no assessment summary for you on this tender.");
        }
        return summaryFor(tender, award, provider.organisationId());
    }

    /** The live agreement: the hub and its member councils see all of it; an appointed provider its own places. */
    @Transactional
    public AgreementView agreement(long tenderId) {
        Caller caller = parties.require();
        TenderView tender = tenders.get(tenderId);
        FrameworkAgreement agreement = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tender.reference() + " has no live agreement yet."));
        boolean provider = caller.has(Role.PROVIDER_USER);
        List<MemberView> members = agreement.members().stream()
                .filter(m -> !provider || m.providerId() == caller.organisationId())
                .map(m -> new MemberView(m.lotNumber(), m.rank(), m.providerId(), parties.nameOf(m.providerId()),
                        fees(m.weeklyFees()), m.status().name(), m.status().label(), m.statusReason(),
                        m.status().next().stream().map(Enum::name).sorted().toList())).toList();
        if (provider && members.isEmpty()) {
            throw new NotFoundException("You are not appointed on the agreement of " + tender.reference() + ".");
        }
        return new AgreementView(tenderId, agreement.id(), agreement.status().name(), agreement.status().label(), agreement.liveFrom(),
                agreement.endsOn(), agreement.latestEnd(), agreement.endedAt(), agreement.endReason(), agreement.callOffRoute(), members,
                agreement.modifications().stream().map(m -> new ModificationView(m.kind().name(), m.kind().label(), m.modifiedAt(),
                        m.description(), m.previousEnd(), m.newEnd())).toList());
    }

    /** The hub extends the agreement's term, within the extension its tender allowed; audited, appointed providers told. */
    @Transactional
    public AgreementView extend(long tenderId, LocalDate newEnd, String reason) {
        return changeAgreement(tenderId, "agreement.extended", (a, hub) -> a.extendTo(newEnd, reason, hub.username(), Instant.now(clock)),
                a -> "term extended to " + a.endsOn() + ": " + reason.strip(), a -> "is extended to " + UkTime.date(a.endsOn()));
    }

    /** The hub ends the agreement early with a reason: no more call-offs; placements already made go on. */
    @Transactional
    public AgreementView terminate(long tenderId, String reason) {
        return changeAgreement(tenderId, "agreement.terminated", (a, hub) -> a.terminate(reason, Instant.now(clock)),
                a -> "terminated early: " + a.endReason(), a -> "is terminated early: " + a.endReason());
    }

    /**
     * The hub modifies its live dynamic market's terms (Procurement Act 2023 s.39): what changes and,
     * when given, the day it ceases; the dynamic market notice (UK14) is published with it, and the
     * members are told.
     */
    @Transactional
    public AgreementView modifyDynamicMarket(long tenderId, String description, LocalDate ceasesOn) {
        Instant now = Instant.now(clock);
        return changeAgreement(tenderId, "agreement.modified", (a, hub) -> {
                    if (tenders.get(tenderId).procedure() != Procedure.DYNAMIC_MARKET) {
                        throw new ConflictException("Only a dynamic market is modified this way: a framework's term is extended "
                                + "within the extension its tender allowed.");
                    }
                    a.modifyDynamicMarket(description, ceasesOn, LocalDate.ofInstant(now, UkTime.ZONE), hub.username(), now);
                },
                a -> "dynamic market modified (UK14 published): " + description.strip()
                        + (ceasesOn == null ? "" : "; it ceases after " + ceasesOn),
                a -> "is modified: " + description.strip() + (ceasesOn == null ? "" : " It ceases after " + UkTime.date(ceasesOn) + "."));
    }

    private AgreementView changeAgreement(long tenderId, String action,
                                          java.util.function.BiConsumer<FrameworkAgreement, Caller> change,
                                          java.util.function.Function<FrameworkAgreement, String> summary,
                                          java.util.function.Function<FrameworkAgreement, String> told) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no agreement " + tenderId + " for your hub.");
        }
        FrameworkAgreement agreement = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tender.reference() + " has no agreement."));
        change.accept(agreement, hub);
        em.flush();
        audit.record(action, "tender", tenderId, summary.apply(agreement));
        for (long providerId : agreement.members().stream().map(AgreementMember::providerId).distinct().toList()) {
            mailbox.queue(parties.usernamesOf(providerId), "The framework agreement " + tender.reference() + " " + told.apply(agreement),
                    "The hub has changed the framework agreement " + tender.reference() + " \"" + tender.title() + "\": it "
                            + told.apply(agreement) + ".\n");
        }
        return agreement(tenderId);
    }

    /** The scheduler: live agreements whose term ended before today expire (once across a cluster: row locks). */
    @Transactional
    @SuppressWarnings("unchecked")
    public int expireDue() {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
        List<Number> ids = em.createNativeQuery("SELECT id FROM framework_agreement WHERE status = 'LIVE' AND ends_on < ? "
                        + "ORDER BY ends_on LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, today).getResultList();
        int expired = 0;
        for (Number id : ids) {
            FrameworkAgreement agreement = em.find(FrameworkAgreement.class, id.longValue());
            if (agreement.expireIfDue(today, now)) {
                audit.recordAs(AuditTrail.SYSTEM, hubOf(agreement.tenderId()), "agreement.expired", "tender", agreement.tenderId(),
                        agreement.endReason());
                expired++;
            }
        }
        return expired;
    }

    /** The hub says how councils call off from the agreement: direct award by rank or further competition. */
    @Transactional
    public AgreementView chooseCallOffRoute(long tenderId, org.commissioning.marketplace.shared.domain.CallOffRoute route) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no agreement " + tenderId + " for your hub.");
        }
        FrameworkAgreement agreement = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tender.reference() + " has no live agreement."));
        var before = agreement.callOffRoute();
        agreement.callOffBy(route);
        audit.record("agreement.call-off-route", "tender", tenderId, AuditTrail.change("call-off route", before, route));
        return agreement(tenderId);
    }

    /** Suspends, reinstates or removes an appointed provider on a lot, with the reason; audited and the provider told. */
    @Transactional
    public AgreementView changeMember(long tenderId, int lot, long providerId, String status, String reason) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no agreement " + tenderId + " for your hub.");
        }
        FrameworkAgreement agreement = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tender.reference() + " has no live agreement."));
        var member = agreement.members().stream().filter(m -> m.lotNumber() == lot && m.providerId() == providerId).findFirst()
                .orElseThrow(() -> new NotFoundException("Provider " + providerId + " is not appointed on lot " + lot + "."));
        String before = member.status().name();
        member.changeStatus(status, reason);
        String after = member.status().name();
        audit.record("agreement.member-" + after.toLowerCase(), "tender", tenderId, parties.nameOf(providerId)
                + " on lot " + lot + ": " + before + " -> " + after + "; " + member.statusReason());
        mailbox.queue(parties.usernamesOf(providerId), "Your place on " + tender.reference() + " lot " + lot + " is "
                + after.toLowerCase(), "The hub has changed your place on the framework agreement " + tender.reference()
                + " \"" + tender.title() + "\", lot " + lot + ", from " + before.toLowerCase() + " to " + after.toLowerCase()
                + ".\n\nReason: " + member.statusReason() + "\n");
        return agreement(tenderId);
    }

    /** The scheduler: awards whose standstill has ended become final and their agreements live. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int finishDue() {
        Instant now = Instant.now(clock);
        List<Number> ids = em.createNativeQuery("SELECT id FROM award WHERE next_check IS NOT NULL AND next_check <= ? "
                        + "ORDER BY next_check LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, InstantConverter.column(now)).getResultList();
        int finished = 0;
        for (Number id : ids) {
            Award award = em.find(Award.class, id.longValue());
            if (award.finishStandstill(now)) {
                makeLive(award, now);
                finished++;
            }
        }
        return finished;
    }

    /** The hub whose tender it is: the system's entries about it belong to that hub's trail. */
    private long hubOf(long tenderId) {
        return ((Number) em.createNativeQuery("SELECT hub_id FROM tender WHERE id = ?").setParameter(1, tenderId)
                .getSingleResult()).longValue();
    }

    private void makeLive(Award award, Instant now) {
        Object[] term = (Object[]) em.createNativeQuery("SELECT term_end, extension_months, hub_id, reopens_tender_id FROM tender WHERE id = ?")
                .setParameter(1, award.tenderId()).getSingleResult();
        LocalDate termEnd = term[0] == null ? null : term[0] instanceof LocalDate d ? d : ((java.sql.Date) term[0]).toLocalDate();
        FrameworkAgreement agreement = FrameworkAgreement.from(award, termEnd, ((Number) term[1]).intValue(), now);
        em.persist(agreement);
        tenders.awarded(award.tenderId());
        long hubId = ((Number) term[2]).longValue();
        audit.recordAs(AuditTrail.SYSTEM, hubId, "agreement.live", "tender", award.tenderId(),
                "standstill ended " + UkTime.format(award.standstillEndsAt()) + "; award final; framework agreement live with "
                        + agreement.members().size() + " appointed places");
        if (term[3] != null) {
            // A reopening competition: its ranked membership replaces the open framework's.
            long framework = ((Number) term[3]).longValue();
            em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                    .setParameter("t", framework).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream()
                    .filter(a -> a.status() == AgreementStatus.LIVE).findFirst().ifPresent(old -> {
                        String reference = org.commissioning.marketplace.tendering.domain.Tender.reference(award.tenderId());
                        old.replaceBy(reference, now);
                        audit.recordAs(AuditTrail.SYSTEM, hubId, "agreement.replaced", "tender", framework, "the reopening competition "
                                + reference + " is awarded: its " + agreement.members().size() + " ranked places replace the framework's "
                                + old.members().size());
                    });
        }
    }

    // ---- helpers

    private Optional<Award> current(long tenderId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenderId = :t AND a.status <> :withdrawn", Award.class)
                .setParameter("t", tenderId).setParameter("withdrawn", AwardStatus.WITHDRAWN).getResultStream().findFirst();
    }

    private Optional<Award> latest(long tenderId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenderId = :t ORDER BY a.id DESC", Award.class)
                .setParameter("t", tenderId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The Act's working days, with the adjustments kept as reference data (db/migration V8). */
    @SuppressWarnings("unchecked")
    WorkingDays calendar() {
        List<Object[]> rows = em.createNativeQuery("SELECT day, change_kind FROM non_working_day_adjustment").getResultList();
        List<LocalDate> added = new ArrayList<>();
        List<LocalDate> removed = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(row[0].toString());
            ("ADDED".equals(row[1]) ? added : removed).add(day);
        }
        return new WorkingDays(added, removed);
    }

    private AwardView view(Award award, TenderView tender) {
        return new AwardView(tender.id(), award.status(), award.status().label(), award.proposedBy(), award.approvedBy(),
                award.noticePublishedAt(), award.standstillEndsAt(), UkTime.periodEnd(award.standstillEndsAt()),
                award.challengeDetails(), award.lines().stream().map(this::line).toList(), award.version());
    }

    private AwardLineView line(AwardLine l) {
        return new AwardLineView(l.lotNumber(), l.rank(), l.providerId(), parties.nameOf(l.providerId()), l.qualityScore(),
                l.priceScore(), l.total(), l.appointed());
    }

    /** Its own moderated marks and reasons per criterion, and per lot the appointed bidders' marks (never their answers). */
    private AssessmentSummary summaryFor(TenderView tender, Award award, long providerId) {
        List<OwnMark> own = new ArrayList<>();
        for (AwardLine mine : award.lines().stream().filter(l -> l.providerId() == providerId).toList()) {
            LotView lot = EvaluationService.lot(tender, mine.lotNumber());
            Map<String, ModeratedScore> moderated = evaluation.moderatedOf(tender.id(), mine.lotNumber());
            for (var c : lot.criteria().stream().filter(c -> c.kind() != CriterionKind.PRICE).toList()) {
                ModeratedScore m = moderated.get(mine.bidId() + "/" + c.id());
                own.add(new OwnMark(mine.lotNumber(), c.title(), m == null ? null : m.score(), EvaluationService.maxMarks(c),
                        m == null ? null : m.rationale()));
            }
        }
        List<AwardLineView> shown = award.lines().stream().filter(l -> l.providerId() == providerId || l.appointed())
                .map(this::line).toList();
        return new AssessmentSummary(tender.id(), parties.nameOf(providerId), own, shown);
    }

    private static String summaryText(TenderView tender, Award award, AssessmentSummary summary) {
        StringBuilder text = new StringBuilder("Assessment summary for " + summary.providerName() + " on " + tender.reference()
                + " \"" + tender.title() + "\".\n\nYour marks:\n");
        summary.ownMarks().forEach(m -> text.append("- Lot ").append(m.lot()).append(", ").append(m.criterion()).append(": ")
                .append(m.score()).append(" of ").append(m.maxMarks()).append(". ").append(m.reasons()).append('\n'));
        text.append("\nResults per lot (appointed bidders, and yours):\n");
        summary.lots().forEach(l -> text.append("- Lot ").append(l.lot()).append(", rank ").append(l.rank()).append(": ")
                .append(l.providerName()).append(", quality ").append(l.qualityScore()).append(", price ").append(l.priceScore())
                .append(", total ").append(l.total()).append(l.appointed() ? " (appointed)" : " (not appointed)").append('\n'));
        text.append("\nThe standstill period ends at ").append(UkTime.periodEnd(award.standstillEndsAt()))
                .append(". The award becomes final after it unless it is challenged.\n");
        return text.toString();
    }

    private static Map<String, BigDecimal> fees(String json) {
        Map<String, BigDecimal> fees = new TreeMap<>();
        Json.createReader(new java.io.StringReader(json)).readObject()
                .forEach((k, v) -> fees.put(k, new BigDecimal(v.toString())));
        return fees;
    }

    /** The OCDS 1.1.5 release of the contract award notice (tag "award"): the awards per lot, the suppliers. */
    private String ocdsAward(TenderView tender, Award award, Instant now) {
        String hubId = "GB-RCM-" + tender.hubId();
        JsonArrayBuilder partiesJson = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", hubId)
                .add("name", tender.hubName()).add("roles", Json.createArrayBuilder().add("buyer").add("procuringEntity")));
        award.lines().stream().filter(AwardLine::appointed).map(AwardLine::providerId).distinct().forEach(p -> partiesJson.add(
                Json.createObjectBuilder().add("id", "GB-RCM-" + p).add("name", parties.nameOf(p))
                        .add("roles", Json.createArrayBuilder().add("supplier"))));
        JsonArrayBuilder awards = Json.createArrayBuilder();
        for (LotView lot : tender.lots()) {
            JsonArrayBuilder suppliers = Json.createArrayBuilder();
            award.lines().stream().filter(l -> l.lotNumber() == lot.number() && l.appointed()).forEach(l -> suppliers.add(
                    Json.createObjectBuilder().add("id", "GB-RCM-" + l.providerId()).add("name", parties.nameOf(l.providerId()))));
            awards.add(Json.createObjectBuilder().add("id", tender.reference() + "-award-lot-" + lot.number())
                    .add("title", "Lot " + lot.number() + ": " + lot.title()).add("status", "pending").add("date", now.toString())
                    .add("description", "Contract award notice (UK6). The standstill period of " + tender.standstillDays()
                            + " working days ends at " + UkTime.periodEnd(award.standstillEndsAt()) + "; the agreement is entered into after it.")
                    .add("suppliers", suppliers).add("relatedLots", Json.createArrayBuilder().add(String.valueOf(lot.number()))));
        }
        return Json.createObjectBuilder()
                .add("ocid", OcdsTenderRelease.OCID_PREFIX + tender.reference())
                .add("id", OcdsTenderRelease.OCID_PREFIX + tender.reference() + "-award-" + award.id())
                .add("date", now.toString())
                .add("tag", Json.createArrayBuilder().add("award"))
                .add("initiationType", "tender")
                .add("language", "en")
                .add("parties", partiesJson)
                .add("buyer", Json.createObjectBuilder().add("id", hubId).add("name", tender.hubName()))
                .add("awards", awards)
                .build().toString();
    }

    /**
     * The contract details notice of the live agreement as an OCDS 1.1.5 release (tag "contract"):
     * one contract per lot with its appointed suppliers, dated when the agreement went live.
     */
    @Transactional
    public String ocdsContract(long tenderId) {
        FrameworkAgreement agreement = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no live agreement."));
        TenderView tender = tenders.publicView(tenderId);
        String hubId = "GB-RCM-" + tender.hubId();
        JsonArrayBuilder partiesJson = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", hubId)
                .add("name", tender.hubName()).add("roles", Json.createArrayBuilder().add("buyer").add("procuringEntity")));
        agreement.members().stream().map(m -> m.providerId()).distinct().forEach(p -> partiesJson.add(Json.createObjectBuilder()
                .add("id", "GB-RCM-" + p).add("name", parties.nameOf(p)).add("roles", Json.createArrayBuilder().add("supplier"))));
        JsonArrayBuilder contracts = Json.createArrayBuilder();
        for (LotView lot : tender.lots()) {
            var period = Json.createObjectBuilder().add("startDate", agreement.liveFrom().toString());
            if (agreement.endsOn() != null) {
                period.add("endDate", agreement.endsOn().atStartOfDay(UkTime.ZONE).toInstant().toString());
            }
            contracts.add(Json.createObjectBuilder().add("id", tender.reference() + "-agreement-lot-" + lot.number())
                    .add("awardID", tender.reference() + "-award-lot-" + lot.number())
                    .add("title", "Framework agreement, lot " + lot.number() + ": " + lot.title())
                    .add("description", "Appointed providers in rank order: " + String.join(", ", agreement.members().stream()
                            .filter(m -> m.lotNumber() == lot.number()).map(m -> m.rank() + ". " + parties.nameOf(m.providerId())).toList()))
                    .add("status", agreement.status() == AgreementStatus.LIVE ? "active" : "terminated").add("period", period)
                    .add("dateSigned", agreement.liveFrom().toString()));
        }
        return Json.createObjectBuilder()
                .add("ocid", OcdsTenderRelease.OCID_PREFIX + tender.reference())
                .add("id", OcdsTenderRelease.OCID_PREFIX + tender.reference() + "-contract-" + agreement.id())
                .add("date", agreement.liveFrom().toString())
                .add("tag", Json.createArrayBuilder().add("contract"))
                .add("initiationType", "tender")
                .add("language", "en")
                .add("parties", partiesJson)
                .add("buyer", Json.createObjectBuilder().add("id", hubId).add("name", tender.hubName()))
                .add("contracts", contracts)
                .build().toString();
    }

    /** The published contract award notice's OCDS release: open data, for anyone. */
    @Transactional
    public String ocdsRelease(long tenderId) {
        return latest(tenderId).map(Award::ocdsRelease).filter(r -> r != null)
                .orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no published contract award notice."));
    }
}
