package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A provider's application to join a lot of a live dynamic market (any time) or a reopened open
 * framework: evaluated on the tender's criteria and admitted when it qualifies, or refused with
 * the reason. SUBMITTED -> ADMITTED | REFUSED.
 */
@Entity
@Table(name = "agreement_application")
public class AgreementApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    @Column(name = "provider_id")
    private long providerId;
    @Column(name = "lot_number")
    private int lotNumber;
    private String content;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "quality_score")
    private BigDecimal qualityScore;
    @Column(name = "price_score")
    private BigDecimal priceScore;
    private BigDecimal total;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @jakarta.persistence.OneToMany(cascade = jakarta.persistence.CascadeType.ALL)
    @jakarta.persistence.JoinColumn(name = "application_id", nullable = false, updatable = false)
    @jakarta.persistence.OrderBy("assessedAt ASC")
    private java.util.List<ApplicationAssessment> assessments = new java.util.ArrayList<>();

    protected AgreementApplication() {
    }

    public AgreementApplication(long tenderId, long providerId, int lotNumber, String content, String by, Instant now) {
        this.tenderId = tenderId;
        this.providerId = providerId;
        this.lotNumber = lotNumber;
        this.content = content;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    /**
     * An assigned evaluator's assessment (again: it replaces their own), while the application waits
     * for the decision: a conflict of interest with its details, or whether it meets the conditions
     * of participation with the reasons.
     */
    public ApplicationAssessment assess(String evaluator, boolean conflict, String conflictDetails, Boolean meetsConditions,
                                        String reasons, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("This application was decided already: " + status.label().toLowerCase() + ".");
        }
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (conflict && (conflictDetails == null || conflictDetails.strip().length() < 10)) {
            errors.put("conflictDetails", "Describe the conflict of interest (at least 10 characters).");
        }
        if (!conflict && meetsConditions == null) {
            errors.put("meetsConditions", "Say whether the application meets the conditions of participation.");
        }
        if (!conflict && (reasons == null || reasons.strip().length() < 10)) {
            errors.put("reasons", "Give the reasons for your assessment (at least 10 characters).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ApplicationAssessment assessment = assessments.stream().filter(a -> a.evaluator().equals(evaluator)).findFirst()
                .orElseGet(() -> {
                    ApplicationAssessment fresh = new ApplicationAssessment(evaluator);
                    assessments.add(fresh);
                    return fresh;
                });
        assessment.record(conflict, conflictDetails, meetsConditions, reasons, now);
        return assessment;
    }

    /** Whether at least one evaluator without a conflict of interest has assessed it (the decision waits for one). */
    public boolean independentlyAssessed() {
        return assessments.stream().anyMatch(a -> !a.conflict());
    }

    public java.util.List<ApplicationAssessment> assessments() {
        return java.util.List.copyOf(assessments);
    }

    /** Records the evaluation and its outcome, with the reasons. */
    public void decide(boolean admitted, BigDecimal quality, BigDecimal price, BigDecimal total, String reason, String by, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("This application was decided already: " + status.label().toLowerCase() + ".");
        }
        if (!independentlyAssessed()) {
            throw new ConflictException("The application waits for an assessment by an evaluator of the lot who has no conflict "
                    + "of interest with the applicant.");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw InvalidInputException.of("rationale", "Record the reasons for the decision (at least 10 characters).");
        }
        this.status = status.moveTo(admitted ? ApplicationStatus.ADMITTED : ApplicationStatus.REFUSED);
        this.qualityScore = quality;
        this.priceScore = price;
        this.total = total;
        this.decisionReason = reason.strip();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public long tenderId() {
        return tenderId;
    }

    public long providerId() {
        return providerId;
    }

    public int lotNumber() {
        return lotNumber;
    }

    public String content() {
        return content;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public BigDecimal qualityScore() {
        return qualityScore;
    }

    public BigDecimal priceScore() {
        return priceScore;
    }

    public BigDecimal total() {
        return total;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
