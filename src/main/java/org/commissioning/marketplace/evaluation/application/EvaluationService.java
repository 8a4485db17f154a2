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
import org.commissioning.marketplace.evaluation.domain.BlindAnswer;
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

    /**
     * Assigns an evaluator of the hub to a lot: an evaluator scores every quality question of it;
     * a young evaluator (the participation panel) scores the one question named, and one account
     * evaluates a tender one way only.
     */
    @Transactional
    public List<String> assign(long tenderId, int lot, String evaluator, Long criterionId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = evaluable(tenderId);
        LotView lotView = lot(tender, lot);
        String who = evaluator == null ? "" : evaluator.strip().toLowerCase();
        CriterionView criterion = criterionId == null ? null : questions(lotView).stream().filter(c -> c.id() == criterionId)
                .findFirst().orElseThrow(() -> InvalidInputException.of("criterion",
                        "Choose a quality question of lot " + lot + " for the young evaluator to score."));
        boolean panel = criterion != null;
        if (panel ? !parties.worksFor(who, hub.organisationId(), Role.YOUNG_EVALUATOR)
                : !parties.worksForHubOrMember(who, hub.organisationId(), Role.EVALUATOR)) {
            throw InvalidInputException.of("evaluator", panel
                    ? "Choose a young evaluator of your hub (an account with the young evaluator role) to score this question."
                    : "Choose an evaluator of your hub or of one of its member councils (an account with the evaluator role); "
                    + "a young evaluator scores one question: choose it too.");
        }
        List<EvaluatorAssignment> theirs = assignments(tenderId).stream().filter(a -> a.evaluator().equals(who)).toList();
        if (theirs.stream().anyMatch(a -> a.panel() != panel)) {
            throw InvalidInputException.of("evaluator", who + " already evaluates this tender " + (panel
                    ? "as an evaluator of every question" : "on the young evaluators' panel") + ": one account evaluates a tender one way.");
        }
        Optional<EvaluatorAssignment> onLot = theirs.stream().filter(a -> a.lotNumber() == lot).findFirst();
        if (onLot.isPresent() && !java.util.Objects.equals(onLot.get().criterionId(), criterionId)) {
            throw InvalidInputException.of("criterion", who + " already scores another question of lot " + lot + ".");
        }
        if (onLot.isEmpty()) {
            EvaluatorAssignment assignment = new EvaluatorAssignment(tenderId, lot, criterionId, who, hub.username(), Instant.now(clock));
            em.persist(assignment);
            audit.record("evaluation.evaluator-assigned", "tender", tenderId, describe(assignment, tender));
        }
        if (tender.status() == TenderStatus.BIDS_CLOSED) {
            tenders.startEvaluation(tenderId);
        }
        return assignments(tenderId).stream().map(a -> describe(a, tender)).toList();
    }

    /** "lot 1: evaluator@hub.example", or for a panel member "lot 1, question Voice of the child (young evaluator): ...". */
    private static String describe(EvaluatorAssignment a, TenderView tender) {
        if (!a.panel()) {
            return "lot " + a.lotNumber() + ": " + a.evaluator();
        }
        String question = lot(tender, a.lotNumber()).criteria().stream().filter(c -> c.id() == a.criterionId())
                .map(CriterionView::title).findFirst().orElse("question " + a.criterionId());
        return "lot " + a.lotNumber() + ", question " + question + " (young evaluator): " + a.evaluator();
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
        Set<String> panel = panelOf(tenderId);
        List<ModerationLine> lines = new ArrayList<>();
        for (OpenedBid bid : competing(tenderId, lot)) {
            for (CriterionView c : questions(lotView)) {
                List<EvaluationScore> s = scores.getOrDefault(bid.bidId() + "/" + c.id(), List.of());
                ModeratedScore m = moderated.get(bid.bidId() + "/" + c.id());
                lines.add(new ModerationLine(bid.bidId(), bid.providerName(), lot, c.id(), c.title(), maxMarks(c),
                        s.stream().map(e -> new ScoreView(e.evaluator(), e.score(), e.justification(), panel.contains(e.evaluator()))).toList(),
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
        Set<Long> bidders = opened.stream().map(OpenedBid::providerId).collect(Collectors.toSet());
        List<ConflictView> conflicts = declarations(tenderId).stream().filter(d -> d.conflicted() && bidders.contains(d.providerId()))
                .map(d -> new ConflictView(d.evaluator(), parties.nameOf(d.providerId()), d.details())).toList();
        return new LotRankingView(lot.number(), LotRanking.TIE_BREAK, ranked, missing, exclusions, conflicts);
    }

    /** The tender's evaluators per lot, for the hub: "lot 1: evaluator@hub.example". */
    @Transactional
    public List<String> evaluators(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        return assignments(tenderId).stream().map(a -> describe(a, tender)).toList();
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
                        String.join("\n", l.scores().stream().map(x -> x.score() + " " + x.evaluator()
                                + (x.youngEvaluator() ? " (young evaluator)" : "") + ": " + x.justification()).toList()),
                        l.moderated() == null ? "" : l.moderated().toPlainString(), l.rationale() == null ? "" : l.rationale())).toList());
        return new org.commissioning.marketplace.shared.application.FileDownload(
                "evaluation-report-" + tender.reference() + "-lot-" + lot + ".pdf", "application/pdf", pdf.finish());
    }

    // ---- evaluators and young evaluators

    /** A tender an evaluator is assigned to, and what they score on it ("lots 1, 2" or "lot 1: one question"). */
    public record Assigned(long tenderId, String reference, String title, List<Integer> lots, String scope) {
    }

    /** The tenders the signed-in evaluator or young evaluator is assigned to, still in evaluation. */
    @Transactional
    public List<Assigned> myAssignments() {
        Caller evaluator = parties.require(Role.EVALUATOR, Role.YOUNG_EVALUATOR);
        Map<Long, List<EvaluatorAssignment>> byTender = em.createQuery(
                        "SELECT a FROM EvaluatorAssignment a WHERE a.evaluator = :e ORDER BY a.tenderId DESC, a.lotNumber",
                        EvaluatorAssignment.class).setParameter("e", evaluator.username()).getResultList().stream()
                .collect(Collectors.groupingBy(EvaluatorAssignment::tenderId, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Assigned> assigned = new ArrayList<>();
        byTender.forEach((tenderId, mine) -> {
            TenderView tender = tenders.forEvaluation(tenderId);
            if (tender.status() == TenderStatus.IN_EVALUATION) {
                List<Integer> lots = mine.stream().map(EvaluatorAssignment::lotNumber).toList();
                String scope = mine.get(0).panel()
                        ? String.join("; ", mine.stream().map(a -> "lot " + a.lotNumber() + ": " + lot(tender, a.lotNumber()).criteria()
                                .stream().filter(c -> c.id() == a.criterionId()).map(CriterionView::title).findFirst().orElse("")).toList())
                        : (lots.size() == 1 ? "lot " : "lots ") + String.join(", ", lots.stream().map(String::valueOf).toList());
                assigned.add(new Assigned(tenderId, tender.reference(), tender.title(), lots, scope));
            }
        });
        return assigned;
    }

    /**
     * Declares about one provider on the caller's list: an evaluator's list is the bidders; a young
     * evaluator's is the bidders among the hub's other providers, so it does not say who bid.
     */
    @Transactional
    public EvaluatorWork declare(long tenderId, long providerId, boolean conflicted, String details) {
        Desk desk = desk(tenderId);
        String me = desk.evaluator().username();
        if (declarable(desk, bids.openedForEvaluation(tenderId)).stream().noneMatch(b -> b.providerId() == providerId)) {
            throw new NotFoundException(desk.panel() ? "Provider " + providerId + " is not on your list to declare about."
                    : "Provider " + providerId + " has no bid on this tender.");
        }
        if (declarations(tenderId).stream().anyMatch(d -> d.evaluator().equals(me) && d.providerId() == providerId)) {
            throw new ConflictException("You have declared about this " + (desk.panel() ? "provider" : "bidder")
                    + " already; ask the hub to record any change.");
        }
        if (desk.panel() && conflicted && (details == null || details.isBlank())) {
            throw InvalidInputException.of("details", "Tell us in a few words how you know this provider.");
        }
        ConflictDeclaration d = new ConflictDeclaration(tenderId, me, providerId, conflicted, details, Instant.now(clock));
        em.persist(d);
        audit.record("evaluation.conflict-declared", "tender", tenderId, me + " about "
                + parties.nameOf(providerId) + ": " + (conflicted ? "conflict - " + d.details() : "no conflict"));
        return work(tenderId);
    }

    /**
     * The evaluator's work: whom to declare about, then the answers to score (never a conflicted
     * bidder's, never prices). A young evaluator sees only their question's answers, each bid as
     * "Bid A", "Bid B"... with the bidder's name taken out of its answer, and only other young
     * evaluators' scores.
     */
    @Transactional
    public EvaluatorWork work(long tenderId) {
        Desk desk = desk(tenderId);
        String me = desk.evaluator().username();
        Map<Long, ConflictDeclaration> mine = declarations(tenderId).stream()
                .filter(d -> d.evaluator().equals(me))
                .collect(Collectors.toMap(ConflictDeclaration::providerId, d -> d));
        List<OpenedBid> opened = bids.openedForEvaluation(tenderId);
        List<BidderRef> toDeclare = declarable(desk, opened).stream().filter(b -> !mine.containsKey(b.providerId())).toList();
        Map<Long, String> labels = blindLabels(opened);
        List<AnswerToScore> answers = new ArrayList<>();
        Map<Long, BidExclusion> excluded = exclusions(tenderId);
        Set<String> young = desk.young();
        for (EvaluatorAssignment assignment : desk.mine()) {
            int lot = assignment.lotNumber();
            LotView lotView = lot(desk.tender(), lot);
            List<EvaluationScore> scores = scoresOf(tenderId, lot);
            Set<String> panelists = desk.all().stream()
                    .filter(a -> a.panel() && a.lotNumber() == lot && a.criterionId().equals(assignment.criterionId()))
                    .map(EvaluatorAssignment::evaluator).collect(Collectors.toSet());
            for (OpenedBid bid : opened) {
                ConflictDeclaration declared = mine.get(bid.providerId());
                Optional<BidContent.LotBid> lotBid = lotBid(bid, lot);
                if (declared == null || declared.conflicted() || excluded.containsKey(bid.bidId()) || lotBid.isEmpty()) {
                    continue;
                }
                for (CriterionView c : questions(lotView)) {
                    if (!assignment.covers(lot, c.id())) {
                        continue;
                    }
                    Optional<EvaluationScore> own = scores.stream().filter(s -> s.bidId() == bid.bidId()
                            && s.criterionId() == c.id() && s.evaluator().equals(me)).findFirst();
                    List<ScoreView> others = own.isEmpty() ? List.of() : scores.stream()
                            .filter(s -> s.bidId() == bid.bidId() && s.criterionId() == c.id() && !s.evaluator().equals(me))
                            .filter(s -> !desk.panel() || panelists.contains(s.evaluator()))
                            .map(s -> new ScoreView(desk.panel() ? "Another young evaluator" : s.evaluator(), s.score(),
                                    s.justification(), young.contains(s.evaluator()))).toList();
                    String answer = lotBid.get().answers() == null ? "" : lotBid.get().answers().getOrDefault(String.valueOf(c.id()), "");
                    answers.add(new AnswerToScore(bid.bidId(), desk.panel() ? labels.get(bid.bidId()) : bid.providerName(), lot, c.id(),
                            c.title(), maxMarks(c), desk.panel() ? BlindAnswer.withoutName(answer, bid.providerName()) : answer,
                            own.map(EvaluationScore::score).orElse(null), own.map(EvaluationScore::justification).orElse(null), others));
                }
            }
        }
        return new EvaluatorWork(tenderId, desk.mine().stream().map(EvaluatorAssignment::lotNumber).toList(), desk.panel(),
                toDeclare, answers);
    }

    @Transactional
    public EvaluatorWork score(long tenderId, long bidId, int lot, long criterionId, BigDecimal score, String justification) {
        Desk desk = desk(tenderId);
        String me = desk.evaluator().username();
        if (desk.mine().stream().noneMatch(a -> a.lotNumber() == lot)) {
            throw new ConflictException("You are not assigned to evaluate lot " + lot + ".");
        }
        CriterionView criterion = question(lot(desk.tender(), lot), criterionId);
        if (desk.mine().stream().noneMatch(a -> a.covers(lot, criterionId))) {
            throw new ConflictException("You score only the question you are assigned on lot " + lot + ".");
        }
        List<OpenedBid> opened = bids.openedForEvaluation(tenderId);
        OpenedBid bid = openedBid(opened, tenderId, bidId);
        String bidder = desk.panel() ? blindLabels(opened).get(bidId) : bid.providerName();
        ConflictDeclaration declared = declarations(tenderId).stream()
                .filter(d -> d.evaluator().equals(me) && d.providerId() == bid.providerId()).findFirst()
                .orElseThrow(() -> new ConflictException(desk.panel() ? "Say whether you know each provider on your list first."
                        : "Declare any conflict of interest with " + bidder + " first."));
        if (declared.conflicted()) {
            throw new ConflictException(desk.panel() ? "You told us you know the provider of " + bidder + ": you do not score it."
                    : "You declared a conflict of interest with " + bidder + ": you do not score its bid.");
        }
        EvaluationScore own = scoresOf(tenderId, lot).stream().filter(s -> s.bidId() == bidId && s.criterionId() == criterionId
                && s.evaluator().equals(me)).findFirst().orElseGet(() -> {
                    EvaluationScore created = new EvaluationScore(tenderId, bidId, lot, criterionId, me);
                    em.persist(created);
                    return created;
                });
        own.score(score, maxMarks(criterion), justification, Instant.now(clock));
        audit.record("evaluation.scored", "bid", bidId, "lot " + lot + ", " + criterion.title() + ": scored " + score
                + " by " + me + (desk.panel() ? " (young evaluator)" : ""));
        return work(tenderId);
    }

    /** The signed-in evaluator's assignments on one tender in evaluation, and whether they sit on the panel. */
    private record Desk(Caller evaluator, TenderView tender, List<EvaluatorAssignment> all, List<EvaluatorAssignment> mine,
                        boolean panel) {

        /** The young evaluators on the tender. */
        Set<String> young() {
            return all.stream().filter(EvaluatorAssignment::panel).map(EvaluatorAssignment::evaluator).collect(Collectors.toSet());
        }
    }

    private Desk desk(long tenderId) {
        Caller evaluator = parties.require(Role.EVALUATOR, Role.YOUNG_EVALUATOR);
        TenderView tender = evaluable(tenders.forEvaluation(tenderId));
        List<EvaluatorAssignment> all = assignments(tenderId);
        List<EvaluatorAssignment> mine = all.stream().filter(a -> a.evaluator().equals(evaluator.username())).toList();
        boolean panel = !mine.isEmpty() && mine.get(0).panel();
        if (mine.isEmpty() || !evaluator.has(panel ? Role.YOUNG_EVALUATOR : Role.EVALUATOR)) {
            throw new NotFoundException("You are not an evaluator on tender " + tenderId + ".");
        }
        return new Desk(evaluator, tender, all, mine, panel);
    }

    /**
     * Whom the evaluator declares about: the bidders; for a young evaluator, the bidders among
     * every provider on the hub's agreements, in name order, so the list does not say who bid.
     */
    private List<BidderRef> declarable(Desk desk, List<OpenedBid> opened) {
        if (!desk.panel()) {
            return opened.stream().map(b -> new BidderRef(b.providerId(), b.providerName())).distinct().toList();
        }
        Set<Long> providers = new java.util.HashSet<>(opened.stream().map(OpenedBid::providerId).toList());
        List<Long> hubTenders = tenders.idsOfHub(desk.tender().hubId());
        providers.addAll(em.createQuery("SELECT DISTINCT m.providerId FROM FrameworkAgreement a JOIN a.members m "
                + "WHERE a.tenderId IN :t", Long.class).setParameter("t", hubTenders).getResultList());
        return providers.stream().map(id -> new BidderRef(id, parties.nameOf(id)))
                .sorted(java.util.Comparator.comparing(BidderRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** "Bid A", "Bid B"... in the order the bids were submitted. */
    private static Map<Long, String> blindLabels(List<OpenedBid> opened) {
        Map<Long, String> labels = new HashMap<>();
        for (int i = 0; i < opened.size(); i++) {
            labels.put(opened.get(i).bidId(), "Bid " + BlindAnswer.letters(i));
        }
        return labels;
    }

    // ---- helpers

    private TenderView evaluable(long tenderId) {
        return evaluable(tenders.get(tenderId));
    }

    private static TenderView evaluable(TenderView tender) {
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
        return openedBid(bids.openedForEvaluation(tenderId), tenderId, bidId);
    }

    private static OpenedBid openedBid(List<OpenedBid> opened, long tenderId, long bidId) {
        return opened.stream().filter(b -> b.bidId() == bidId).findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no opened bid " + bidId + "."));
    }

    /** The young evaluators on a tender, so their scores can be marked as theirs. */
    private Set<String> panelOf(long tenderId) {
        return assignments(tenderId).stream().filter(EvaluatorAssignment::panel).map(EvaluatorAssignment::evaluator)
                .collect(Collectors.toSet());
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
