package org.commissioning.marketplace.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One file of Ofsted's published data imported by a hub (for its providers' settings) or a
 * platform administrator (every setting; no hub): what it held and what it changed.
 */
@Entity
@Table(name = "ofsted_import")
public class OfstedImport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hub_id")
    private Long hubId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_digest")
    private String fileDigest;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "rows_read")
    private int rowsRead;

    @Column(name = "settings_matched")
    private int settingsMatched;

    @Column(name = "judgements_updated")
    private int judgementsUpdated;

    @Column(name = "registrations_changed")
    private int registrationsChanged;

    private int drops;

    @Column(name = "unknown_urns")
    private int unknownUrns;

    @Column(name = "other_hubs")
    private int otherHubs;

    protected OfstedImport() {
    }

    /** The counts of one import, as the service tallied them. */
    public record Tally(int rowsRead, int settingsMatched, int judgementsUpdated, int registrationsChanged, int drops,
                        int unknownUrns, int otherHubs) {
    }

    public OfstedImport(Long hubId, String fileName, String fileDigest, Instant importedAt, String importedBy, Tally tally) {
        this.hubId = hubId;
        this.fileName = fileName;
        this.fileDigest = fileDigest;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.rowsRead = tally.rowsRead();
        this.settingsMatched = tally.settingsMatched();
        this.judgementsUpdated = tally.judgementsUpdated();
        this.registrationsChanged = tally.registrationsChanged();
        this.drops = tally.drops();
        this.unknownUrns = tally.unknownUrns();
        this.otherHubs = tally.otherHubs();
    }

    public Long id() {
        return id;
    }

    public Long hubId() {
        return hubId;
    }

    public String fileName() {
        return fileName;
    }

    public String fileDigest() {
        return fileDigest;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public Tally tally() {
        return new Tally(rowsRead, settingsMatched, judgementsUpdated, registrationsChanged, drops, unknownUrns, otherHubs);
    }
}
