package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;

/**
 * An evaluator's declaration about one bidder (Procurement Act 2023 ss.81-83): no conflict, or
 * the conflict's details, which removes the evaluator from that bidder.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    private String evaluator;
    @Column(name = "provider_id")
    private long providerId;
    private boolean conflicted;
    private String details;
    @Column(name = "declared_at")
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    public ConflictDeclaration(long tenderId, String evaluator, long providerId, boolean conflicted, String details, Instant now) {
        if (conflicted && (details == null || details.isBlank())) {
            throw InvalidInputException.of("details", "Describe the conflict of interest.");
        }
        this.tenderId = tenderId;
        this.evaluator = evaluator;
        this.providerId = providerId;
        this.conflicted = conflicted;
        this.details = conflicted ? details.strip() : null;
        this.declaredAt = now;
    }

    public long providerId() {
        return providerId;
    }

    public String evaluator() {
        return evaluator;
    }

    public boolean conflicted() {
        return conflicted;
    }

    public String details() {
        return details;
    }
}
