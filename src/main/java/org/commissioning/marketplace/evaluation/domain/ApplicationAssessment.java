package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One assigned evaluator's assessment of an application to join a dynamic market: a declared
 * conflict of interest (then no view on the application), or whether it meets the conditions of
 * participation and why.
 */
@Entity
@Table(name = "application_assessment")
public class ApplicationAssessment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String evaluator;
    private boolean conflict;
    @Column(name = "conflict_details")
    private String conflictDetails;
    @Column(name = "meets_conditions")
    private Boolean meetsConditions;
    private String reasons;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected ApplicationAssessment() {
    }

    ApplicationAssessment(String evaluator) {
        this.evaluator = evaluator;
    }

    void record(boolean conflict, String conflictDetails, Boolean meetsConditions, String reasons, Instant now) {
        this.conflict = conflict;
        this.conflictDetails = conflict ? conflictDetails.strip() : null;
        this.meetsConditions = conflict ? null : meetsConditions;
        this.reasons = conflict ? null : reasons.strip();
        this.assessedAt = now;
    }

    public String evaluator() {
        return evaluator;
    }

    public boolean conflict() {
        return conflict;
    }

    public String conflictDetails() {
        return conflictDetails;
    }

    /** Null when the evaluator declared a conflict. */
    public Boolean meetsConditions() {
        return meetsConditions;
    }

    public String reasons() {
        return reasons;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
