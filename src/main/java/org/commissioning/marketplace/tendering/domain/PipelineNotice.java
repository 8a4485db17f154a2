package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A hub's pipeline notice (UK1) for one financial year, as published, with its OCDS release package. Never changed afterwards. */
@Entity
@Table(name = "pipeline_notice")
public class PipelineNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "hub_id")
    private long hubId;
    @Column(name = "financial_year")
    private int financialYear;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "ocds_package")
    private String ocdsPackage;

    protected PipelineNotice() {
    }

    public PipelineNotice(long hubId, Pipeline.FinancialYear year, Instant publishedAt, String publishedBy, String ocdsPackage) {
        this.hubId = hubId;
        this.financialYear = year.startYear();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.ocdsPackage = ocdsPackage;
    }

    public Long id() {
        return id;
    }

    public long hubId() {
        return hubId;
    }

    public Pipeline.FinancialYear financialYear() {
        return new Pipeline.FinancialYear(financialYear);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String ocdsPackage() {
        return ocdsPackage;
    }
}
