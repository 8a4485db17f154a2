package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The score agreed for one answer after the evaluators' independent scores, with its rationale. */
@Entity
@Table(name = "moderated_score")
public class ModeratedScore {
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
    private BigDecimal score;
    private String rationale;
    @Column(name = "moderated_by")
    private String moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;

    protected ModeratedScore() {
    }

    public ModeratedScore(long tenderId, long bidId, int lotNumber, long criterionId) {
        this.tenderId = tenderId;
        this.bidId = bidId;
        this.lotNumber = lotNumber;
        this.criterionId = criterionId;
    }

    public void agree(BigDecimal value, int maxMarks, String reasons, String by, Instant now) {
        EvaluationScore.check(value, maxMarks, reasons);
        this.score = value;
        this.rationale = reasons.strip();
        this.moderatedBy = by;
        this.moderatedAt = now;
    }

    public long bidId() {
        return bidId;
    }

    public long criterionId() {
        return criterionId;
    }

    public BigDecimal score() {
        return score;
    }

    public String rationale() {
        return rationale;
    }
}
