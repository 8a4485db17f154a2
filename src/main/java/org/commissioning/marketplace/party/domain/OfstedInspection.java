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
import java.time.LocalDate;

/**
 * One Ofsted judgement in a setting's history, with the one before it. Kept for good: the history
 * is what provider performance shows and what the hub's alerts read when a judgement drops.
 */
@Entity
@Table(name = "ofsted_inspection")
public class OfstedInspection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "setting_id")
    private Long settingId;

    @Enumerated(EnumType.STRING)
    private OfstedJudgement judgement;

    @Column(name = "judgement_date")
    private LocalDate judgementDate;

    @Enumerated(EnumType.STRING)
    private OfstedJudgement previous;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected OfstedInspection() {
    }

    OfstedInspection(Long settingId, OfstedJudgement judgement, LocalDate judgementDate, OfstedJudgement previous,
                     Instant recordedAt, String recordedBy) {
        this.settingId = settingId;
        this.judgement = judgement;
        this.judgementDate = judgementDate;
        this.previous = previous;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The judgement a setting registered with, when it had been inspected. */
    public static OfstedInspection atRegistration(ProviderSetting setting, String by, Instant now) {
        return new OfstedInspection(setting.id(), setting.judgement(), setting.judgementDate(), null, now, by);
    }

    /** "Ofsted judged it Good on 2026-10-02 (before: Outstanding); a drop", for the audit trail. */
    public String summary() {
        return "Ofsted judged it " + judgement.label() + " on " + judgementDate
                + (previous == null ? "" : " (before: " + previous.label() + ")") + (isDrop() ? "; a drop" : "");
    }

    /** A worse judgement than the one before. */
    public boolean isDrop() {
        return judgement.worseThan(previous);
    }

    public Long id() {
        return id;
    }

    public Long settingId() {
        return settingId;
    }

    public OfstedJudgement judgement() {
        return judgement;
    }

    public LocalDate judgementDate() {
        return judgementDate;
    }

    public OfstedJudgement previous() {
        return previous;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
