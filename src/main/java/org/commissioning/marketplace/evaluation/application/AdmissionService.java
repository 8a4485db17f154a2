package org.commissioning.marketplace.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.evaluation.domain.AgreementApplication;
import org.commissioning.marketplace.evaluation.domain.AgreementMember;
import org.commissioning.marketplace.evaluation.domain.AgreementStatus;
import org.commissioning.marketplace.evaluation.domain.Award;
import org.commissioning.marketplace.evaluation.domain.AwardLine;
import org.commissioning.marketplace.evaluation.domain.FrameworkAgreement;
import org.commissioning.marketplace.evaluation.domain.LotRanking;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionView;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;
import org.commissioning.marketplace.tendering.domain.Procedure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joining a live agreement later: a dynamic market admits any qualifying supplier at any time; an
 * open framework admits new suppliers when it reopens (for 30 days from each reopening date). The
 * hub evaluates each application on the tender's criteria (selection, quality marks, the price
 * formula against the lot's current members) and admits it when it reaches the tender's score
 * threshold (or, without one, the lowest total appointed at award). Existing members keep their
 * ranks; the newcomer ranks after them.
 */
@ApplicationScoped
public class AdmissionService {

    static final int REOPENING_WINDOW_DAYS = 30;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    EvaluationService evaluation;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    /** An application as the hub and the applicant see it. */
    public record ApplicationView(long id, long tenderId, int lot, long providerId, String providerName, String status,
                                  Instant submittedAt, BidContent content, BigDecimal qualityScore, BigDecimal priceScore,
                                  BigDecimal total, String decisionReason) {
    }

    @Transactional
    public ApplicationView apply(long tenderId, int lot, BidContent content) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = tenders.publicView(tenderId);
        FrameworkAgreement agreement = liveAgreement(tenderId);
        // One instant decides the window and is the one recorded on the application.
        Instant now = Instant.now(clock);
        String closed = closedReason(tender, now.atZone(UkTime.ZONE).toLocalDate());
        if (closed != null) {
            throw new ConflictException(closed);
        }
        EvaluationService.lot(tender, lot);
        if (agreement.members().stream().anyMatch(m -> m.lotNumber() == lot && m.providerId() == provider.organisationId()
                && m.status() != org.commissioning.marketplace.evaluation.domain.MemberStatus.REMOVED)) {
            throw new ConflictException("You are on lot " + lot + " already.");
        }
        if (applications(tenderId).stream().anyMatch(a -> a.providerId() == provider.organisationId() && a.lotNumber() == lot
                && "SUBMITTED".equals(a.status()))) {
            throw new ConflictException("Your application to lot " + lot + " is waiting for the hub's decision.");
        }
        BidContent forLot = content == null ? null : new BidContent(content.lots() == null ? List.of()
                : content.lots().stream().filter(l -> l.lot() != null && l.lot() == lot).toList(), content.selectionAnswers(), List.of());
        if (forLot == null || forLot.lots().isEmpty()) {
            throw InvalidInputException.of("lots", "Give your prices and answers for lot " + lot + ".");
        }
        Map<String, String> problems = forLot.problems(BidService.requirements(tenders.biddingTerms(tenderId)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AgreementApplication application = new AgreementApplication(tenderId, provider.organisationId(), lot, JSON.toJson(forLot),
                provider.username(), now);
        em.persist(application);
        em.flush();
        audit.record("agreement.application-submitted", "tender", tenderId, provider.organisationName() + " applied to join lot " + lot);
        mailbox.queue(parties.usernamesOf(tender.hubId()), "New application to join " + tender.reference() + " lot " + lot,
                provider.organisationName() + " has applied to join lot " + lot + " of " + tender.reference() + " \"" + tender.title()
                        + "\". Evaluate it on the tender's criteria in the marketplace.\n");
        return view(application);
    }

    @Transactional
    public List<ApplicationView> list(long tenderId) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.PROVIDER_USER);
        TenderView tender = tenders.get(tenderId);
        return applications(tenderId).stream()
                .filter(a -> caller.has(Role.HUB_COMMISSIONER) ? tender.hubId() == caller.organisationId()
                        : a.providerId() == caller.organisationId())
                .map(this::view).toList();
    }

    /**
     * The hub's evaluation of an application: selection pass or fail, a mark per quality question,
     * the reasons. The price mark and total are computed against the lot's current members.
     */
    @Transactional
    public ApplicationView decide(long tenderId, long applicationId, boolean selectionPassed, Map<Long, BigDecimal> marks,
                                  String rationale) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no tender " + tenderId + " for your hub.");
        }
        AgreementApplication application = em.find(AgreementApplication.class, applicationId);
        if (application == null || application.tenderId() != tenderId) {
            throw new NotFoundException("Tender " + tenderId + " has no application " + applicationId + ".");
        }
        FrameworkAgreement agreement = liveAgreement(tenderId);
        LotView lot = EvaluationService.lot(tender, application.lotNumber());
        List<CriterionView> questions = lot.criteria().stream().filter(c -> c.kind() != CriterionKind.PRICE).toList();
        Map<String, String> problems = new HashMap<>();
        for (CriterionView c : questions) {
            BigDecimal mark = marks == null ? null : marks.get(c.id());
            int max = EvaluationService.maxMarks(c);
            if (mark == null || mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(max)) > 0) {
                problems.put("marks " + c.id(), "Give " + c.title() + " a mark from 0 to " + max + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BidContent content = JSON.fromJson(application.content(), BidContent.class);
        List<LotRanking.Entry> entries = new ArrayList<>();
        entries.add(new LotRanking.Entry(0, application.providerId(), marks, basket(tender, lot, content.lots().get(0).weeklyFees()),
                application.submittedAt()));
        for (AgreementMember m : agreement.members()) {
            if (m.lotNumber() == lot.number() && m.status() != org.commissioning.marketplace.evaluation.domain.MemberStatus.REMOVED) {
                Map<String, BigDecimal> fees = new HashMap<>();
                jakarta.json.Json.createReader(new java.io.StringReader(m.weeklyFees())).readObject()
                        .forEach((k, v) -> fees.put(k, new BigDecimal(v.toString())));
                Map<Long, BigDecimal> anyMarks = new HashMap<>();
                questions.forEach(c -> anyMarks.put(c.id(), BigDecimal.ZERO));
                entries.add(new LotRanking.Entry(-m.providerId(), m.providerId(), anyMarks, basket(tender, lot, fees), Instant.EPOCH));
            }
        }
        int priceWeight = lot.criteria().stream().filter(c -> c.kind() == CriterionKind.PRICE).mapToInt(CriterionView::weight).sum();
        LotRanking.Ranked scored = LotRanking.rank(questions.stream()
                        .map(c -> new LotRanking.Criterion(c.id(), c.weight(), EvaluationService.maxMarks(c))).toList(), priceWeight, lot.priceFormula(), entries)
                .stream().filter(r -> r.bidId() == 0).findFirst().orElseThrow();
        BigDecimal bar = tender.scoreThreshold() != null ? tender.scoreThreshold() : lowestAppointedTotal(tenderId, lot.number());
        boolean admitted = selectionPassed && scored.total().compareTo(bar) >= 0;
        application.decide(admitted, scored.qualityScore(), scored.priceScore(), scored.total(), rationale, hub.username(), Instant.now(clock));
        String outcome;
        if (admitted) {
            AgreementMember member = agreement.admit(lot.number(), application.providerId(),
                    JSON.toJson(content.lots().get(0).weeklyFees()));
            outcome = "admitted to lot " + lot.number() + " at rank " + member.rank();
        } else {
            outcome = selectionPassed ? "refused: total " + scored.total() + " is below " + bar : "refused: fails selection";
        }
        audit.record("agreement.application-decided", "tender", tenderId, parties.nameOf(application.providerId()) + " " + outcome
                + "; " + application.decisionReason());
        mailbox.queue(parties.usernamesOf(application.providerId()), "Your application to " + tender.reference() + " lot "
                        + lot.number() + ": " + (admitted ? "admitted" : "not admitted"),
                "Your application to join lot " + lot.number() + " of " + tender.reference() + " \"" + tender.title() + "\" is "
                        + outcome + ".\n\nQuality " + scored.qualityScore() + ", price " + scored.priceScore() + ", total "
                        + scored.total() + " (the bar is " + bar + ").\nReasons: " + application.decisionReason() + "\n");
        return view(application);
    }

    /** Whether a tender's agreement takes applications now, and why not when it does not (for the pages). */
    public record Joining(boolean open, String why) {
    }

    @Transactional
    public Joining joining(long tenderId) {
        parties.require(Role.PROVIDER_USER, Role.HUB_COMMISSIONER);
        TenderView tender = tenders.publicView(tenderId);
        boolean live = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().anyMatch(a -> a.status() == AgreementStatus.LIVE);
        if (!live) {
            return new Joining(false, tender.reference() + " has no live agreement to join.");
        }
        String closed = closedReason(tender, LocalDate.now(clock.withZone(UkTime.ZONE)));
        return new Joining(closed == null, closed);
    }

    /**
     * Null when the procedure admits providers on the given day: a dynamic market always, an open
     * framework for 30 days from each reopening date; otherwise why not.
     */
    private static String closedReason(TenderView tender, LocalDate today) {
        if (tender.procedure() == Procedure.OPEN_FRAMEWORK) {
            boolean reopened = tender.reopenings().stream()
                    .anyMatch(d -> !today.isBefore(d) && today.isBefore(d.plusDays(REOPENING_WINDOW_DAYS)));
            return reopened ? null : "This open framework admits new providers only when it reopens: "
                    + tender.reopenings().stream().map(UkTime::date).toList() + ".";
        }
        return tender.procedure() == Procedure.DYNAMIC_MARKET ? null
                : tender.reference() + " is a closed framework: it admits no providers after the award.";
    }

    // ---- helpers

    private FrameworkAgreement liveAgreement(long tenderId) {
        return em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().filter(a -> a.status() == AgreementStatus.LIVE).findFirst()
                .orElseThrow(() -> new ConflictException("Tender " + tenderId + " has no live agreement to join."));
    }

    private BigDecimal lowestAppointedTotal(long tenderId, int lot) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenderId = :t ORDER BY a.id DESC", Award.class)
                .setParameter("t", tenderId).setMaxResults(1).getResultStream().findFirst().stream()
                .flatMap(a -> a.lines().stream()).filter(l -> l.lotNumber() == lot && l.appointed())
                .map(AwardLine::total).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private BigDecimal basket(TenderView tender, LotView lot, Map<String, BigDecimal> weeklyFees) {
        Map<NeedLevel, BigDecimal> fees = new EnumMap<>(NeedLevel.class);
        weeklyFees.forEach((level, fee) -> fees.put(NeedLevel.valueOf(level), fee));
        return evaluation.basket(tender, lot).cost(fees);
    }

    private List<AgreementApplication> applications(long tenderId) {
        return em.createQuery("SELECT a FROM AgreementApplication a WHERE a.tenderId = :t ORDER BY a.id", AgreementApplication.class)
                .setParameter("t", tenderId).getResultList();
    }

    private ApplicationView view(AgreementApplication a) {
        return new ApplicationView(a.id(), a.tenderId(), a.lotNumber(), a.providerId(), parties.nameOf(a.providerId()), a.status(),
                a.submittedAt(), JSON.fromJson(a.content(), BidContent.class), a.qualityScore(), a.priceScore(), a.total(),
                a.decisionReason());
    }
}
