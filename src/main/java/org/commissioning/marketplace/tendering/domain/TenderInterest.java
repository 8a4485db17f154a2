package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A provider following a tender: it is told of new documents, answers and deadline changes. */
@Entity
@Table(name = "tender_interest")
public class TenderInterest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    protected TenderInterest() {
    }

    public TenderInterest(long tenderId, long providerId, String registeredBy, Instant now) {
        this.tenderId = tenderId;
        this.providerId = providerId;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
    }

    public long tenderId() {
        return tenderId;
    }

    public long providerId() {
        return providerId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
