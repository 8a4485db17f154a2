package org.commissioning.marketplace.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;

import java.time.Instant;

/**
 * Aggregate root: one provider's bid on one tender. A draft holds the provider's working copy;
 * submitting seals the content (the draft is cleared, so the database holds only ciphertext) and
 * records the receipt digest. A later submission supersedes it; the provider may withdraw it. All
 * of this only before the bid deadline (the service checks the server clock).
 */
@Entity
@Table(name = "bid")
public class Bid {

    /** From a block of ids held in memory (V31): known at persist, so the row is written once, sealed. */
    @Id
    @TableGenerator(name = "bid_ids", table = "id_block", pkColumnName = "name", valueColumnName = "last_id",
            pkColumnValue = "bid", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bid_ids")
    private Long id;

    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "provider_id")
    private Long providerId;

    @Enumerated(EnumType.STRING)
    private BidStatus status;

    private String draft;

    @Column(name = "lot_numbers")
    private String lotNumbers;

    @Lob
    @Column(name = "sealed_content")
    private byte[] sealedContent;

    @Column(name = "receipt_digest")
    private String receiptDigest;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    /** SHA-256 of the request that came with the idempotency key: a key answers only that request. */
    @Column(name = "idempotency_fingerprint")
    private String idempotencyFingerprint;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Bid() {
    }

    public static Bid draft(long tenderId, long providerId, Instant now) {
        Bid b = new Bid();
        b.tenderId = tenderId;
        b.providerId = providerId;
        b.status = BidStatus.DRAFT;
        b.createdAt = now;
        b.updatedAt = now;
        return b;
    }

    public void saveDraft(String contentJson, Instant now) {
        if (status != BidStatus.DRAFT) {
            throw new ConflictException("This bid is " + status.label().toLowerCase() + ": start a new draft to change it.");
        }
        draft = contentJson;
        updatedAt = now;
    }

    /** Seals the content: from here on the database holds only ciphertext and the digest. */
    public void submit(byte[] sealed, String digest, String lots, String by, String idempotency, String fingerprint, Instant now) {
        status = status.moveTo(BidStatus.SUBMITTED);
        sealedContent = sealed;
        receiptDigest = digest;
        lotNumbers = lots;
        submittedBy = by;
        submittedAt = now;
        idempotencyKey = idempotency;
        idempotencyFingerprint = idempotency == null ? null : fingerprint;
        draft = null;
        updatedAt = now;
    }

    public void supersede(Instant now) {
        status = status.moveTo(BidStatus.SUPERSEDED);
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        status = status.moveTo(BidStatus.WITHDRAWN);
        updatedAt = now;
    }

    /** The associated data that binds the sealed content to this bid of this tender. */
    public String sealContext() {
        return "tender:" + tenderId + "/provider:" + providerId + "/bid:" + id;
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

    public BidStatus status() {
        return status;
    }

    public String draft() {
        return draft;
    }

    public String lotNumbers() {
        return lotNumbers;
    }

    public byte[] sealedContent() {
        return sealedContent;
    }

    public String receiptDigest() {
        return receiptDigest;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String idempotencyFingerprint() {
        return idempotencyFingerprint;
    }

    public long version() {
        return version;
    }
}
