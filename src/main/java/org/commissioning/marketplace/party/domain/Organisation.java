package org.commissioning.marketplace.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A hub, council or provider: the unit of tenancy. Every account belongs to one organisation,
 * and every record a user may see is tied to one.
 */
@Entity
@Table(name = "organisation")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", insertable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    protected Organisation(String name, OrganisationStatus status, String contactEmail, Instant createdAt) {
        this.name = name;
        this.status = status;
        this.contactEmail = contactEmail;
        this.createdAt = createdAt;
    }

    public abstract OrganisationKind kind();

    public void changeContactEmail(String email) {
        this.contactEmail = email;
    }

    public void suspend() {
        status = status.moveTo(OrganisationStatus.SUSPENDED);
    }

    public void reactivate() {
        status = status.moveTo(OrganisationStatus.ACTIVE);
    }

    protected void moveTo(OrganisationStatus target) {
        status = status.moveTo(target);
    }

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationStatus status() {
        return status;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
