package org.commissioning.marketplace.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.Sha256;

import java.time.Instant;

/**
 * A file attached to a bid as evidence for a selection question or a quality answer. Part of the
 * bid: kept as uploaded while the bid is a draft, sealed (and its description cleared) when the
 * bid is submitted.
 */
@Entity
@Table(name = "bid_attachment")
public class BidAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id")
    private Long bidId;

    private String purpose;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    private byte[] content;

    private boolean sealed;

    @Column(name = "created_at")
    private Instant createdAt;

    protected BidAttachment() {
    }

    public BidAttachment(long bidId, String purpose, String fileName, EvidenceFile kind, byte[] content, Instant now) {
        this.bidId = bidId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.mediaType = kind.mediaType();
        this.sizeBytes = (long) content.length;
        this.sha256 = Sha256.hex(content);
        this.content = content;
        this.createdAt = now;
    }

    /** What the sealed bid content records about this file: the receipt digest covers it. */
    public BidContent.AttachmentRef ref() {
        if (sealed) {
            throw new ConflictException("This attachment is sealed.");
        }
        return new BidContent.AttachmentRef(id, purpose, fileName, mediaType, sizeBytes, sha256);
    }

    /** Replaces the file with its ciphertext and forgets what it was; only the sealed bid says. */
    public void seal(byte[] ciphertext) {
        if (sealed) {
            throw new ConflictException("This attachment is sealed already.");
        }
        content = ciphertext;
        sealed = true;
        fileName = null;
        mediaType = null;
        sizeBytes = null;
        sha256 = null;
    }

    public String sealContext(Bid bid) {
        return bid.sealContext() + "/attachment/" + id;
    }

    public Long id() {
        return id;
    }

    public long bidId() {
        return bidId;
    }

    public String purpose() {
        return purpose;
    }

    public byte[] content() {
        return content;
    }

    public boolean isSealed() {
        return sealed;
    }
}
