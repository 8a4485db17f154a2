package org.commissioning.marketplace.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of a setting's Ofsted registration status, with the one before it. Kept for good. */
@Entity
@Table(name = "setting_registration_change")
public class RegistrationChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "setting_id")
    private Long settingId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus previous;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected RegistrationChange() {
    }

    RegistrationChange(Long settingId, RegistrationStatus status, RegistrationStatus previous, Instant recordedAt, String recordedBy) {
        this.settingId = settingId;
        this.status = status;
        this.previous = previous;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long settingId() {
        return settingId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public RegistrationStatus previous() {
        return previous;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
