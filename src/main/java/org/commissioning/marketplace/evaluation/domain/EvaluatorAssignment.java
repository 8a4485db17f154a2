package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An evaluator assigned to score one lot of a tender. */
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
    private String evaluator;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected EvaluatorAssignment() {
    }

    public EvaluatorAssignment(long tenderId, int lotNumber, String evaluator, String assignedBy, Instant now) {
        this.tenderId = tenderId;
        this.lotNumber = lotNumber;
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

    public String evaluator() {
        return evaluator;
    }
}
