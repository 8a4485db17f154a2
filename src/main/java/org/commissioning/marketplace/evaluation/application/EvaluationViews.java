package org.commissioning.marketplace.evaluation.application;

import org.commissioning.marketplace.evaluation.domain.AwardStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the evaluation and award services return. */
public final class EvaluationViews {
    private EvaluationViews() {
    }

    /** One answer an evaluator is to score, with the scores they may see. */
    public record AnswerToScore(long bidId, String providerName, int lot, long criterionId, String criterion, int maxMarks,
                                String answer, BigDecimal myScore, String myJustification, List<ScoreView> otherScores) {
    }

    /**
     * An evaluator's work on a tender: providers to declare about, then the answers of their lots
     * (for a young evaluator, of their one question, bids lettered instead of named).
     */
    public record EvaluatorWork(long tenderId, List<Integer> lots, boolean youngEvaluator, List<BidderRef> toDeclare,
                                List<AnswerToScore> answers) {
    }

    public record BidderRef(long providerId, String name) {
    }

    /** A score with who gave it; youngEvaluator marks a participation panel member's. */
    public record ScoreView(String evaluator, BigDecimal score, String justification, boolean youngEvaluator) {
    }

    /** One answer as the hub sees it for moderation: every evaluator's score, the spread flag, the agreed score. */
    public record ModerationLine(long bidId, String providerName, int lot, long criterionId, String criterion, int maxMarks,
                                 List<ScoreView> scores, boolean wideDisagreement, BigDecimal moderated, String rationale) {
    }

    /** A lot's ranking, computed from moderated scores and prices; missing lists what still blocks it. */
    public record LotRankingView(int lot, String tieBreak, List<RankedBid> ranked, List<String> missing,
                                 List<ExclusionView> excluded, List<ConflictView> conflicts) {
    }

    public record RankedBid(int rank, long bidId, long providerId, String providerName, BigDecimal qualityScore,
                            BigDecimal priceScore, BigDecimal total, BigDecimal basketCost) {
    }

    public record ExclusionView(long bidId, String providerName, String reason) {
    }

    public record ConflictView(String evaluator, String providerName, String details) {
    }

    /** The award: status, the approval, standstill, and per lot the ranked bids with who is appointed. */
    public record AwardView(long tenderId, AwardStatus status, String statusLabel, String proposedBy, String approvedBy,
                            Instant noticePublishedAt, Instant standstillEndsAt, String standstillEndsUk,
                            String challenge, List<AwardLineView> lines, long version) {
    }

    public record AwardLineView(int lot, int rank, long providerId, String providerName, BigDecimal qualityScore,
                                BigDecimal priceScore, BigDecimal total, boolean appointed) {
    }

    /** What one bidder is told: its own marks per criterion and reasons, and the winners' marks (never their answers). */
    public record AssessmentSummary(long tenderId, String providerName, List<OwnMark> ownMarks, List<AwardLineView> lots) {
    }

    public record OwnMark(int lot, String criterion, BigDecimal score, int maxMarks, String reasons) {
    }

    /**
     * An agreement: live, expired, terminated or replaced; its end date (null: none), the latest an
     * extension may reach, appointed providers per lot in rank order with their prices, and the
     * changes to its terms, oldest first.
     */
    public record AgreementView(long tenderId, long agreementId, String status, String statusLabel, Instant liveFrom,
                                java.time.LocalDate endsOn, java.time.LocalDate latestEnd, Instant endedAt, String endReason,
                                org.commissioning.marketplace.shared.domain.CallOffRoute callOffRoute, List<MemberView> members,
                                List<ModificationView> modifications) {
    }

    /** One change to an agreement's terms: a framework's extension or a dynamic market's modification. */
    public record ModificationView(String kind, String kindLabel, Instant modifiedAt, String description,
                                   java.time.LocalDate previousEnd, java.time.LocalDate newEnd) {
    }

    /** A provider's place on a lot: its status, the reason for the last change, and the statuses it may move to. */
    public record MemberView(int lot, int rank, long providerId, String providerName, Map<String, BigDecimal> weeklyFees,
                             String status, String statusLabel, String statusReason, List<String> moves) {

        /** "Suspend", "Reinstate" or "Remove", for the page's choice of a move. */
        public static String moveLabel(String status) {
            return switch (status) {
                case "ACTIVE" -> "Reinstate";
                case "SUSPENDED" -> "Suspend";
                default -> "Remove";
            };
        }
    }
}
