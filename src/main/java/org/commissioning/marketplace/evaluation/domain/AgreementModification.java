package org.commissioning.marketplace.evaluation.domain;

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

/** One change to a live agreement's terms: what changed, when, by whom, and its end before and after. Never changed afterwards. */
@Entity
@Table(name = "agreement_modification")
public class AgreementModification {

    public enum Kind {
        /** A framework's term extended within the extension its tender allowed. */
        TERM_EXTENDED("Term extended"),
        /** A dynamic market's terms modified (Procurement Act 2023 s.39), announced by a UK14 notice. */
        DYNAMIC_MARKET_MODIFIED("Dynamic market modified");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "modified_at")
    private Instant modifiedAt;
    @Column(name = "modified_by")
    private String modifiedBy;
    private String description;
    @Column(name = "previous_end")
    private LocalDate previousEnd;
    @Column(name = "new_end")
    private LocalDate newEnd;

    protected AgreementModification() {
    }

    AgreementModification(Kind kind, Instant modifiedAt, String modifiedBy, String description, LocalDate previousEnd, LocalDate newEnd) {
        this.kind = kind;
        this.modifiedAt = modifiedAt;
        this.modifiedBy = modifiedBy;
        this.description = description;
        this.previousEnd = previousEnd;
        this.newEnd = newEnd;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public String description() {
        return description;
    }

    public LocalDate previousEnd() {
        return previousEnd;
    }

    public LocalDate newEnd() {
        return newEnd;
    }
}
