package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;

/** A bid that failed a selection (pass/fail) gate, with the reason recorded. */
@Entity
@Table(name = "bid_exclusion")
public class BidExclusion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    @Column(name = "bid_id")
    private long bidId;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected BidExclusion() {
    }

    public BidExclusion(long tenderId, long bidId, String reason, String by, Instant now) {
        if (reason == null || reason.strip().length() < 10) {
            throw InvalidInputException.of("reason", "Record why the bid fails selection (at least 10 characters).");
        }
        this.tenderId = tenderId;
        this.bidId = bidId;
        this.reason = reason.strip();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public long bidId() {
        return bidId;
    }

    public String reason() {
        return reason;
    }
}
