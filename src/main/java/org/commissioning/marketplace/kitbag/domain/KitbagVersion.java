package org.commissioning.marketplace.kitbag.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of a kitbag item as it was published, with what changed and who changed it. Never changed afterwards. */
@Entity
@Table(name = "kitbag_item_version")
public class KitbagVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private String title;
    private String summary;
    private String body;
    @Column(name = "change_note")
    private String changeNote;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected KitbagVersion() {
    }

    KitbagVersion(int number, String title, String summary, String body, String changeNote, String changedBy, Instant changedAt) {
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.changeNote = changeNote;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String changeNote() {
        return changeNote;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
