package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An evaluator assigned to score one lot of a tender: every quality question of it, or, for a
 * member of the hub's participation panel (a young evaluator), the one question named.
 */
@Entity
@Table(name = "evaluator_assignment")
public class EvaluatorAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    @Column(name = "lot_number")
    private int lotNumber;
    @Column(name = "criterion_id")
    private Long criterionId;
    private String evaluator;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected EvaluatorAssignment() {
    }

    public EvaluatorAssignment(long tenderId, int lotNumber, Long criterionId, String evaluator, String assignedBy, Instant now) {
        this.tenderId = tenderId;
        this.lotNumber = lotNumber;
        this.criterionId = criterionId;
        this.evaluator = evaluator;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    public long tenderId() {
        return tenderId;
    }

    public int lotNumber() {
        return lotNumber;
    }

    /** The one question a panel member scores; null for an evaluator of every question of the lot. */
    public Long criterionId() {
        return criterionId;
    }

    /** Whether this is a participation panel member's assignment (one question, bidders unnamed). */
    public boolean panel() {
        return criterionId != null;
    }

    /** Whether this assignment lets its evaluator score this question of this lot. */
    public boolean covers(int lot, long criterion) {
        return lotNumber == lot && (criterionId == null || criterionId == criterion);
    }

    public String evaluator() {
        return evaluator;
    }
}
