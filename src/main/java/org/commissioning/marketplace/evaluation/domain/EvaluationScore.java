package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;

/** An evaluator's independent score for one answer, with a written justification. */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    @Column(name = "bid_id")
    private long bidId;
    @Column(name = "lot_number")
    private int lotNumber;
    @Column(name = "criterion_id")
    private long criterionId;
    private String evaluator;
    private BigDecimal score;
    private String justification;
    @Column(name = "scored_at")
    private Instant scoredAt;

    protected EvaluationScore() {
    }

    public EvaluationScore(long tenderId, long bidId, int lotNumber, long criterionId, String evaluator) {
        this.tenderId = tenderId;
        this.bidId = bidId;
        this.lotNumber = lotNumber;
        this.criterionId = criterionId;
        this.evaluator = evaluator;
    }

    /** A score from 0 to the criterion's maximum marks, in halves at most, with its reasons. */
    public void score(BigDecimal value, int maxMarks, String reasons, Instant now) {
        check(value, maxMarks, reasons);
        this.score = value;
        this.justification = reasons.strip();
        this.scoredAt = now;
    }

    static void check(BigDecimal value, int maxMarks, String reasons) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(maxMarks)) > 0
                || value.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            throw InvalidInputException.of("score", "Give a score from 0 to " + maxMarks + " (whole or half marks).");
        }
        if (reasons == null || reasons.strip().length() < 10) {
            throw InvalidInputException.of("justification", "Justify the score in writing (at least 10 characters).");
        }
    }

    public long bidId() {
        return bidId;
    }

    public int lotNumber() {
        return lotNumber;
    }

    public long criterionId() {
        return criterionId;
    }

    public String evaluator() {
        return evaluator;
    }

    public BigDecimal score() {
        return score;
    }

    public String justification() {
        return justification;
    }
}
