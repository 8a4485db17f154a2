package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A notice of a tender as published (market engagement, tender notice, termination), with its OCDS release. Never changed afterwards. */
@Entity
@Table(name = "tender_notice")
public class TenderNotice {
    /** The UK4-like tender notice, published with the tender. */
    public static final String TENDER_NOTICE = "TENDER_NOTICE";
    /** The preliminary market engagement notice (UK2), published before the tender notice when the hub engages the market. */
    public static final String MARKET_ENGAGEMENT = "MARKET_ENGAGEMENT";
    /** The procurement termination notice (UK12) of a published tender that is cancelled. */
    public static final String PROCUREMENT_TERMINATION = "PROCUREMENT_TERMINATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tender_id")
    private Long tenderId;

    private String kind;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "ocds_release")
    private String ocdsRelease;

    protected TenderNotice() {
    }

    public TenderNotice(long tenderId, String kind, Instant publishedAt, String ocdsRelease) {
        this.tenderId = tenderId;
        this.kind = kind;
        this.publishedAt = publishedAt;
        this.ocdsRelease = ocdsRelease;
    }

    public Long id() {
        return id;
    }

    public long tenderId() {
        return tenderId;
    }

    public String kind() {
        return kind;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String ocdsRelease() {
        return ocdsRelease;
    }
}
