package org.commissioning.marketplace.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.application.BidViews.OpenedBid;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AnswerToScore;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.BidderRef;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ConflictView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.EvaluatorWork;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ExclusionView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.LotRankingView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ModerationLine;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.RankedBid;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ScoreView;
import org.commissioning.marketplace.evaluation.domain.BidExclusion;
import org.commissioning.marketplace.evaluation.domain.ConflictDeclaration;
import org.commissioning.marketplace.evaluation.domain.EvaluationScore;
import org.commissioning.marketplace.evaluation.domain.EvaluatorAssignment;
import org.commissioning.marketplace.evaluation.domain.LotRanking;
import org.commissioning.marketplace.evaluation.domain.ModeratedScore;
import org.commissioning.marketplace.evaluation.domain.PriceBasket;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionView;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluation after the bids are opened: a hub commissioner assigns evaluators to lots; each
 * evaluator declares conflicts for every bidder first (a conflict removes them from that bidder),
 * then scores the quality answers of their lots independently, seeing other evaluators' scores
 * for an answer only once they have scored it themselves. The hub moderates each answer, records
 * selection exclusions, and reads the computed ranking per lot.
 */
@ApplicationScoped
public class EvaluationService {

    /** Evaluators' scores further apart than this share of the maximum marks are flagged for moderation. */
    public static final BigDecimal SPREAD_FLAG = new BigDecimal("0.30");
    static final int DEFAULT_MAX_MARKS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    BidService bids;

    @Inject
    NeedsService needs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- the hub

    @Transactional
    public List<String> assign(long tenderId, int lot, String evaluator) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = evaluable(tenderId);
        lot(tender, lot);
        String who = evaluator == null ? "" : evaluator.strip().toLowerCase();
        if (!parties.worksFor(who, hub.organisationId(), Role.EVALUATOR)) {
            throw InvalidInputException.of("evaluator", "Choose an evaluator of your hub (an account with the evaluator role).");
        }
        if (assignments(tenderId).stream().noneMatch(a -> a.lotNumber() == lot && a.evaluator().equals(who))) {
            em.persist(new EvaluatorAssignment(tenderId, lot, who, hub.username(), Instant.now(clock)));
            audit.record("evaluation.evaluator-assigned", "tender", tenderId, who + " evaluates lot " + lot);
        }
        if (tender.status() == TenderStatus.BIDS_CLOSED) {
            tenders.startEvaluation(tenderId);
        }
        return assignments(tenderId).stream().map(a -> "lot " + a.lotNumber() + ": " + a.evaluator()).toList();
    }

    /** A bid that fails a selection (pass/fail) gate leaves the competition, with the reason recorded. */
    @Transactional
    public void exclude(long tenderId, long bidId, String reason) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        evaluable(tenderId);
        OpenedBid bid = openedBid(tenderId, bidId);
        if (exclusions(tenderId).containsKey(bidId)) {
            throw new ConflictException("That bid is excluded already.");
        }
        BidExclusion exclusion = new BidExclusion(tenderId, bidId, reason, hub.username(), Instant.now(clock));
        em.persist(exclusion);
        audit.record("evaluation.bid-excluded", "bid", bidId, bid.providerName() + " excluded at selection: " + exclusion.reason());
    }

    /** Every answer of a lot with every evaluator's score, the disagreement flag and the moderated score. */
    @Transactional
    public List<ModerationLine> moderation(long tenderId, int lot) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = evaluable(tenderId);
        LotView lotView = lot(tender, lot);
        Map<String, List<EvaluationScore>> scores = scoresOf(tenderId, lot).stream()
                .collect(Collectors.groupingBy(s -> s.bidId() + "/" + s.criterionId()));
        Map<String, ModeratedScore> moderated = moderatedOf(tenderId, lot);
        List<ModerationLine> lines = new ArrayList<>();
        for (OpenedBid bid : competing(tenderId, lot)) {
            for (CriterionView c : questions(lotView)) {
                List<EvaluationScore> s = scores.getOrDefault(bid.bidId() + "/" + c.id(), List.of());
                ModeratedScore m = moderated.get(bid.bidId() + "/" + c.id());
                lines.add(new ModerationLine(bid.bidId(), bid.providerName(), lot, c.id(), c.title(), maxMarks(c),
                        s.stream().map(e -> new ScoreView(e.evaluator(), e.score(), e.justification())).toList(),
                        LotRanking.wideDisagreement(s.stream().map(EvaluationScore::score).toList(), maxMarks(c), SPREAD_FLAG),
                        m == null ? null : m.score(), m == null ? null : m.rationale()));
            }
        }
        return lines;
    }

    @Transactional
    public ModerationLine moderate(long tenderId, long bidId, int lot, long criterionId, BigDecimal score, String rationale) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = evaluable(tenderId);
        CriterionView criterion = question(lot(tender, lot), criterionId);
        openedBid(tenderId, bidId);
        boolean scored = scoresOf(tenderId, lot).stream().anyMatch(s -> s.bidId() == bidId && s.criterionId() == criterionId);
        if (!scored) {
            throw new ConflictException("No evaluator has scored this answer yet: moderation follows independent scoring.");
        }
        ModeratedScore m = Optional.ofNullable(moderatedOf(tenderId, lot).get(bidId + "/" + criterionId)).orElseGet(() -> {
            ModeratedScore created = new ModeratedScore(tenderId, bidId, lot, criterionId);
            em.persist(created);
            return created;
        });
        m.agree(score, maxMarks(criterion), rationale, hub.username(), Instant.now(clock));
        audit.record("evaluation.moderated", "bid", bidId, "lot " + lot + ", " + criterion.title() + ": moderated score " + score);
        return moderation(tenderId, lot).stream().filter(l -> l.bidId() == bidId && l.criterionId() == criterionId)
                .findFirst().orElseThrow();
    }

    /** The computed ranking of a lot, or what is still missing before it can be computed. */
    @Transactional
    public LotRankingView ranking(long tenderId, int lot) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = evaluable(tenderId);
        return rankingOf(tenderId, tender, lot(tender, lot));
    }

    /** For the award service: the same ranking, the caller already checked. */
    LotRankingView rankingOf(long tenderId, TenderView tender, LotView lot) {
        List<CriterionView> questions = questions(lot);
        int priceWeight = lot.criteria().stream().filter(c -> c.kind() == CriterionKind.PRICE).mapToInt(CriterionView::weight).sum();
        Map<String, ModeratedScore> moderated = moderatedOf(tenderId, lot.number());
        PriceBasket basket = basket(tender, lot);
        List<String> missing = new ArrayList<>();
        List<LotRanking.Entry> entries = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        // Opened (decrypted) once for the whole ranking.
        List<OpenedBid> opened = bids.openedForEvaluation(tenderId);
        Map<Long, BidExclusion> excluded = exclusions(tenderId);
        for (OpenedBid bid : competing(opened, excluded, lot.number())) {
            names.put(bid.bidId(), bid.providerName());
            Map<Long, BigDecimal> marks = new HashMap<>();
            for (CriterionView c : questions) {
                ModeratedScore m = moderated.get(bid.bidId() + "/" + c.id());
                if (m == null) {
                    missing.add(bid.providerName() + ": " + c.title() + " has no moderated score");
                } else {
                    marks.put(c.id(), m.score());
                }
            }
            BidContent.LotBid lotBid = lotBid(bid, lot.number()).orElseThrow();
            Map<NeedLevel, BigDecimal> fees = new EnumMap<>(NeedLevel.class);
            lotBid.weeklyFees().forEach((level, fee) -> fees.put(NeedLevel.valueOf(level), fee));
            entries.add(new LotRanking.Entry(bid.bidId(), bid.providerId(), marks, basket.cost(fees), bid.submittedAt()));
        }
        List<RankedBid> ranked = missing.isEmpty()
                ? LotRanking.rank(questions.stream().map(c -> new LotRanking.Criterion(c.id(), c.weight(), maxMarks(c))).toList(),
                        priceWeight, lot.priceFormula(), entries).stream().map(r -> new RankedBid(r.rank(), r.bidId(), r.providerId(),
                        names.get(r.bidId()), r.qualityScore(), r.priceScore(), r.total(), r.basketCost())).toList()
                : List.of();
        List<ExclusionView> exclusions = new ArrayList<>();
        for (OpenedBid bid : opened) {
            if (excluded.containsKey(bid.bidId()) && lotBid(bid, lot.number()).isPresent()) {
                exclusions.add(new ExclusionView(bid.bidId(), bid.providerName(), excluded.get(bid.bidId()).reason()));
            }
        }
        List<ConflictView> conflicts = declarations(tenderId).stream().filter(ConflictDeclaration::conflicted)
                .map(d -> new ConflictView(d.evaluator(), parties.nameOf(d.providerId()), d.details())).toList();
        return new LotRankingView(lot.number(), LotRanking.TIE_BREAK, ranked, missing, exclusions, conflicts);
    }

    /** The tender's evaluators per lot, for the hub: "lot 1: evaluator@hub.example". */
    @Transactional
    public List<String> evaluators(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        tenders.get(tenderId);
        return assignments(tenderId).stream().map(a -> "lot " + a.lotNumber() + ": " + a.evaluator()).toList();
    }

    /** The evaluation report of a lot as a PDF: ranks, exclusions, conflicts and every moderation note. */
    @Transactional
    public org.commissioning.marketplace.shared.application.FileDownload report(long tenderId, int lot) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        LotView lotView = lot(tender, lot);
        LotRankingView ranking = rankingOf(tenderId, tender, lotView);
        org.commissioning.marketplace.shared.infrastructure.PdfDocument pdf = new org.commissioning.marketplace.shared.infrastructure.PdfDocument(
                "Evaluation report: lot " + lot + ", " + lotView.title(), tender.reference() + " " + tender.title() + " - "
                + tender.hubName() + " - " + org.commissioning.marketplace.shared.domain.UkTime.format(Instant.now(clock)));
        pdf.heading("Ranking").paragraph(ranking.tieBreak() + " Price marks: " + lotView.priceFormula().description().toLowerCase() + ".");
        if (!ranking.missing().isEmpty()) {
            pdf.paragraph("Not yet complete: " + String.join("; ", ranking.missing()) + ".");
        }
        pdf.table(List.of("Rank", "Bidder", "Quality", "Price", "Total", "Weekly price"), ranking.ranked().stream()
                .map(r -> List.of(String.valueOf(r.rank()), r.providerName(), r.qualityScore().toPlainString(),
                        r.priceScore().toPlainString(), r.total().toPlainString(),
                        org.commissioning.marketplace.shared.domain.Money.of(r.basketCost()).format())).toList());
        pdf.heading("Exclusions at selection");
        pdf.paragraph(ranking.excluded().isEmpty() ? "None." : String.join("; ", ranking.excluded().stream()
                .map(x -> x.providerName() + ": " + x.reason()).toList()));
        pdf.heading("Conflicts of interest declared");
        pdf.paragraph(ranking.conflicts().isEmpty() ? "None." : String.join("; ", ranking.conflicts().stream()
                .map(c -> c.evaluator() + " with " + c.providerName() + ": " + c.details()).toList()));
        pdf.heading("Scores and moderation");
        pdf.table(List.of("Bidder", "Question", "Evaluators' scores", "Moderated", "Rationale"), moderation(tenderId, lot).stream()
                .map(l -> List.of(l.providerName(), l.criterion() + " (out of " + l.maxMarks() + ")"
                                + (l.wideDisagreement() ? " - wide disagreement" : ""),
                        String.join("\n", l.scores().stream().map(x -> x.score() + " " + x.evaluator() + ": " + x.justification()).toList()),
                        l.moderated() == null ? "" : l.moderated().toPlainString(), l.rationale() == null ? "" : l.rationale())).toList());
        return new org.commissioning.marketplace.shared.application.FileDownload(
                "evaluation-report-" + tender.reference() + "-lot-" + lot + ".pdf", "application/pdf", pdf.finish());
    }

    // ---- evaluators

    /** A tender an evaluator is assigned to. */
    public record Assigned(long tenderId, String reference, String title, List<Integer> lots) {
    }

    /** The tenders the signed-in evaluator is assigned to, still in evaluation. */
    @Transactional
    public List<Assigned> myAssignments() {
        Caller evaluator = parties.require(Role.EVALUATOR);
        Map<Long, List<Integer>> lots = em.createQuery("SELECT a FROM EvaluatorAssignment a WHERE a.evaluator = :e ORDER BY a.tenderId DESC",
                        EvaluatorAssignment.class).setParameter("e", evaluator.username()).getResultList().stream()
                .collect(Collectors.groupingBy(EvaluatorAssignment::tenderId, java.util.LinkedHashMap::new,
                        Collectors.mapping(EvaluatorAssignment::lotNumber, Collectors.toList())));
        List<Assigned> assigned = new ArrayList<>();
        lots.forEach((tenderId, numbers) -> {
            TenderView tender = tenders.get(tenderId);
            if (tender.status() == TenderStatus.IN_EVALUATION) {
                assigned.add(new Assigned(tenderId, tender.reference(), tender.title(), numbers));
            }
        });
        return assigned;
    }

    @Transactional
    public EvaluatorWork declare(long tenderId, long providerId, boolean conflicted, String details) {
        Caller evaluator = parties.require(Role.EVALUATOR);
        evaluable(tenderId);
        requireAssigned(tenderId, evaluator);
        if (bids.openedForEvaluation(tenderId).stream().noneMatch(b -> b.providerId() == providerId)) {
            throw new NotFoundException("Provider " + providerId + " has no bid on this tender.");
        }
        if (declarations(tenderId).stream().anyMatch(d -> d.evaluator().equals(evaluator.username()) && d.providerId() == providerId)) {
            throw new ConflictException("You have declared about this bidder already; ask the hub to record any change.");
        }
        ConflictDeclaration d = new ConflictDeclaration(tenderId, evaluator.username(), providerId, conflicted, details, Instant.now(clock));
        em.persist(d);
        audit.record("evaluation.conflict-declared", "tender", tenderId, evaluator.username() + " about "
                + parties.nameOf(providerId) + ": " + (conflicted ? "conflict - " + d.details() : "no conflict"));
        return work(tenderId);
    }

    /** The evaluator's work: whom to declare about, then the answers to score (never a conflicted bidder's, never prices). */
    @Transactional
    public EvaluatorWork work(long tenderId) {
        Caller evaluator = parties.require(Role.EVALUATOR);
        TenderView tender = evaluable(tenderId);
        List<Integer> lots = requireAssigned(tenderId, evaluator);
        Map<Long, ConflictDeclaration> mine = declarations(tenderId).stream()
                .filter(d -> d.evaluator().equals(evaluator.username()))
                .collect(Collectors.toMap(ConflictDeclaration::providerId, d -> d));
        List<OpenedBid> opened = bids.openedForEvaluation(tenderId);
        List<BidderRef> toDeclare = opened.stream().filter(b -> !mine.containsKey(b.providerId()))
                .map(b -> new BidderRef(b.providerId(), b.providerName())).distinct().toList();
        List<AnswerToScore> answers = new ArrayList<>();
        Map<Long, BidExclusion> excluded = exclusions(tenderId);
        for (int lot : lots) {
            LotView lotView = lot(tender, lot);
            List<EvaluationScore> scores = scoresOf(tenderId, lot);
            for (OpenedBid bid : opened) {
                ConflictDeclaration declared = mine.get(bid.providerId());
                Optional<BidContent.LotBid> lotBid = lotBid(bid, lot);
                if (declared == null || declared.conflicted() || excluded.containsKey(bid.bidId()) || lotBid.isEmpty()) {
                    continue;
                }
                for (CriterionView c : questions(lotView)) {
                    Optional<EvaluationScore> own = scores.stream().filter(s -> s.bidId() == bid.bidId()
                            && s.criterionId() == c.id() && s.evaluator().equals(evaluator.username())).findFirst();
                    List<ScoreView> others = own.isEmpty() ? List.of() : scores.stream()
                            .filter(s -> s.bidId() == bid.bidId() && s.criterionId() == c.id() && !s.evaluator().equals(evaluator.username()))
                            .map(s -> new ScoreView(s.evaluator(), s.score(), s.justification())).toList();
                    String answer = lotBid.get().answers() == null ? "" : lotBid.get().answers().getOrDefault(String.valueOf(c.id()), "");
                    answers.add(new AnswerToScore(bid.bidId(), bid.providerName(), lot, c.id(), c.title(), maxMarks(c), answer,
                            own.map(EvaluationScore::score).orElse(null), own.map(EvaluationScore::justification).orElse(null), others));
                }
            }
        }
        return new EvaluatorWork(tenderId, lots, toDeclare, answers);
    }

    @Transactional
    public EvaluatorWork score(long tenderId, long bidId, int lot, long criterionId, BigDecimal score, String justification) {
        Caller evaluator = parties.require(Role.EVALUATOR);
        TenderView tender = evaluable(tenderId);
        if (!requireAssigned(tenderId, evaluator).contains(lot)) {
            throw new ConflictException("You are not assigned to evaluate lot " + lot + ".");
        }
        CriterionView criterion = question(lot(tender, lot), criterionId);
        OpenedBid bid = openedBid(tenderId, bidId);
        ConflictDeclaration declared = declarations(tenderId).stream()
                .filter(d -> d.evaluator().equals(evaluator.username()) && d.providerId() == bid.providerId()).findFirst()
                .orElseThrow(() -> new ConflictException("Declare any conflict of interest with " + bid.providerName() + " first."));
        if (declared.conflicted()) {
            throw new ConflictException("You declared a conflict of interest with " + bid.providerName() + ": you do not score its bid.");
        }
        EvaluationScore own = scoresOf(tenderId, lot).stream().filter(s -> s.bidId() == bidId && s.criterionId() == criterionId
                && s.evaluator().equals(evaluator.username())).findFirst().orElseGet(() -> {
                    EvaluationScore created = new EvaluationScore(tenderId, bidId, lot, criterionId, evaluator.username());
                    em.persist(created);
                    return created;
                });
        own.score(score, maxMarks(criterion), justification, Instant.now(clock));
        audit.record("evaluation.scored", "bid", bidId, "lot " + lot + ", " + criterion.title() + ": scored " + score
                + " by " + evaluator.username());
        return work(tenderId);
    }

    // ---- helpers

    private TenderView evaluable(long tenderId) {
        TenderView tender = tenders.get(tenderId);
        if (tender.status() != TenderStatus.BIDS_CLOSED && tender.status() != TenderStatus.IN_EVALUATION) {
            throw new ConflictException("Tender " + tender.reference() + " is " + tender.status().label().toLowerCase()
                    + ": evaluation happens after the bid deadline and before the award.");
        }
        return tender;
    }

    static LotView lot(TenderView tender, int number) {
        return tender.lots().stream().filter(l -> l.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tender.reference() + " has no lot " + number + "."));
    }

    private static List<CriterionView> questions(LotView lot) {
        return lot.criteria().stream().filter(c -> c.kind() != CriterionKind.PRICE).toList();
    }

    private static CriterionView question(LotView lot, long criterionId) {
        return questions(lot).stream().filter(c -> c.id() == criterionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Lot " + lot.number() + " has no scored question " + criterionId + "."));
    }

    static int maxMarks(CriterionView c) {
        return c.maxMarks() == null ? DEFAULT_MAX_MARKS : c.maxMarks();
    }

    /**
     * The lot's price basket: its one need level; or, for a lot priced at every level, each level
     * weighted by the pooled demand of the tender's needs round (placements a year in the lot's
     * category and sub-region), equally when there is no round or no demand.
     */
    PriceBasket basket(TenderView tender, LotView lot) {
        Map<NeedLevel, BigDecimal> weights = new EnumMap<>(NeedLevel.class);
        if (lot.needLevel() != null) {
            weights.put(lot.needLevel(), BigDecimal.ONE);
            return new PriceBasket(weights);
        }
        for (NeedLevel level : NeedLevel.values()) {
            long demand = tender.needsRoundId() == null ? 0
                    : needs.estimate(tender.needsRoundId(), lot.category(), lot.subRegion(), level).placements();
            weights.put(level, BigDecimal.valueOf(demand));
        }
        if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
            weights.replaceAll((level, w) -> BigDecimal.ONE);
        }
        return new PriceBasket(weights);
    }

    static Optional<BidContent.LotBid> lotBid(OpenedBid bid, int lot) {
        return bid.content().lots() == null ? Optional.empty()
                : bid.content().lots().stream().filter(l -> l.lot() != null && l.lot() == lot).findFirst();
    }

    /** The opened bids on a lot that are still in the competition (not excluded at selection). */
    List<OpenedBid> competing(long tenderId, int lot) {
        return competing(bids.openedForEvaluation(tenderId), exclusions(tenderId), lot);
    }

    private static List<OpenedBid> competing(List<OpenedBid> opened, Map<Long, BidExclusion> excluded, int lot) {
        return opened.stream()
                .filter(b -> !excluded.containsKey(b.bidId()) && lotBid(b, lot).isPresent()).toList();
    }

    private OpenedBid openedBid(long tenderId, long bidId) {
        return bids.openedForEvaluation(tenderId).stream().filter(b -> b.bidId() == bidId).findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no opened bid " + bidId + "."));
    }

    private List<Integer> requireAssigned(long tenderId, Caller evaluator) {
        List<Integer> lots = assignments(tenderId).stream().filter(a -> a.evaluator().equals(evaluator.username()))
                .map(EvaluatorAssignment::lotNumber).sorted().toList();
        if (lots.isEmpty()) {
            throw new NotFoundException("You are not an evaluator on tender " + tenderId + ".");
        }
        return lots;
    }

    private List<EvaluatorAssignment> assignments(long tenderId) {
        return em.createQuery("SELECT a FROM EvaluatorAssignment a WHERE a.tenderId = :t ORDER BY a.lotNumber, a.evaluator",
                EvaluatorAssignment.class).setParameter("t", tenderId).getResultList();
    }

    private List<ConflictDeclaration> declarations(long tenderId) {
        return em.createQuery("SELECT d FROM ConflictDeclaration d WHERE d.tenderId = :t ORDER BY d.id", ConflictDeclaration.class)
                .setParameter("t", tenderId).getResultList();
    }

    private List<EvaluationScore> scoresOf(long tenderId, int lot) {
        return em.createQuery("SELECT s FROM EvaluationScore s WHERE s.tenderId = :t AND s.lotNumber = :l ORDER BY s.id",
                EvaluationScore.class).setParameter("t", tenderId).setParameter("l", lot).getResultList();
    }

    /** Own scores of one bidder, for its assessment summary. */
    List<EvaluationScore> scoresOfBid(long bidId) {
        return em.createQuery("SELECT s FROM EvaluationScore s WHERE s.bidId = :b", EvaluationScore.class)
                .setParameter("b", bidId).getResultList();
    }

    Map<String, ModeratedScore> moderatedOf(long tenderId, int lot) {
        return em.createQuery("SELECT m FROM ModeratedScore m WHERE m.tenderId = :t AND m.lotNumber = :l", ModeratedScore.class)
                .setParameter("t", tenderId).setParameter("l", lot).getResultList().stream()
                .collect(Collectors.toMap(m -> m.bidId() + "/" + m.criterionId(), m -> m));
    }

    private Map<Long, BidExclusion> exclusions(long tenderId) {
        return em.createQuery("SELECT x FROM BidExclusion x WHERE x.tenderId = :t", BidExclusion.class)
                .setParameter("t", tenderId).getResultList().stream().collect(Collectors.toMap(BidExclusion::bidId, x -> x));
    }
}
