package org.commissioning.marketplace.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.Sha256;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One change: who, for which organisation, when, what, to which record, with a before/after
 * summary. Written once, never updated except to be sealed into the chain: the sealer gives it a
 * place ({@code chainSeq}) and a SHA-256 hash over the previous entry's hash and this content.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String action;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    private String summary;

    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, Long organisationId, String action, String recordType,
                      String recordId, String summary) {
        // The database keeps microseconds; hash what will be read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.organisationId = organisationId;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.summary = summary == null ? "" : summary;
    }

    /** Places this entry in the chain after the entry whose hash is {@code previous}. */
    public void seal(long seq, String previous) {
        if (chainSeq != null) {
            throw new IllegalStateException("Audit entry " + id + " is sealed already");
        }
        this.chainSeq = seq;
        this.previousHash = previous;
        this.hash = computeHash(previous, seq);
    }

    /** True when the stored hash matches the content and the given previous hash. */
    public boolean isIntactAfter(String previous) {
        return hash != null && previous.equals(previousHash) && hash.equals(computeHash(previous, chainSeq));
    }

    String computeHash(String previous, long seq) {
        String canonical = String.join("\u001f",
                previous,
                Long.toString(seq),
                Long.toString(id == null ? -1 : id),
                occurredAt.toString(),
                actor,
                organisationId == null ? "" : organisationId.toString(),
                action,
                recordType,
                recordId,
                summary);
        return Sha256.hex(canonical);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String summary() {
        return summary;
    }

    public Long chainSeq() {
        return chainSeq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    public boolean isSealed() {
        return chainSeq != null;
    }
}
