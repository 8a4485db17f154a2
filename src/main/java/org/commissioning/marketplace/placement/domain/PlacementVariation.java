package org.commissioning.marketplace.placement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One change to a placement, kept for good: what, from when, the fee or end date it set, and why. */
@Entity
@Table(name = "placement_variation")
public class PlacementVariation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private VariationKind kind;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Column(name = "weekly_fee")
    private BigDecimal weeklyFee;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PlacementVariation() {
    }

    PlacementVariation(VariationKind kind, LocalDate effectiveDate, BigDecimal weeklyFee, LocalDate plannedEnd, String reason,
                       String recordedBy, Instant recordedAt) {
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.weeklyFee = weeklyFee;
        this.plannedEnd = plannedEnd;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public VariationKind kind() {
        return kind;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public BigDecimal weeklyFee() {
        return weeklyFee;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
