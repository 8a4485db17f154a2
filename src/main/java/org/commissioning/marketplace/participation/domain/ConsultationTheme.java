package org.commissioning.marketplace.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A theme the commissioner drew from what young people and families said ("you said"), and once
 * decided, what it changed in the tender ("we did"). Part of the consultation aggregate.
 */
@Entity
@Table(name = "consultation_theme")
public class ConsultationTheme {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    private String name;

    @Column(name = "you_said")
    private String youSaid;

    @Column(name = "we_did")
    private String weDid;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private ChangeKind changeKind;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ConsultationTheme() {
    }

    ConsultationTheme(Consultation consultation, String name, String youSaid) {
        this.consultation = consultation;
        this.name = name;
        this.youSaid = youSaid;
    }

    void decide(ChangeKind kind, String weDid, String by, Instant now) {
        this.changeKind = kind;
        this.weDid = weDid;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String youSaid() {
        return youSaid;
    }

    public String weDid() {
        return weDid;
    }

    public ChangeKind changeKind() {
        return changeKind;
    }

    public boolean decided() {
        return weDid != null;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
