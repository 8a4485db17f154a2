package org.commissioning.marketplace.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.ConflictException;

import java.time.Instant;

/**
 * A tender's data key, wrapped by the master key. It may be unwrapped to read bids only once the
 * tender has been opened, an audited act after the bid deadline.
 */
@Entity
@Table(name = "tender_key")
public class TenderKey {
    @Id
    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    protected TenderKey() {
    }

    public TenderKey(long tenderId, byte[] wrappedKey, Instant now) {
        this.tenderId = tenderId;
        this.wrappedKey = wrappedKey;
        this.createdAt = now;
    }

    public void open(String by, Instant now) {
        if (openedAt != null) {
            throw new ConflictException("The bids were opened already, by " + openedBy + ".");
        }
        openedAt = now;
        openedBy = by;
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public byte[] wrappedKey() {
        return wrappedKey;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }
}
