package org.commissioning.marketplace.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.LocalDate;

/** A council's membership of a hub, from a date and, once it has left, to a date. Part of the hub. */
@Entity
@Table(name = "hub_membership")
public class HubMembership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hub_id")
    private Hub hub;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected HubMembership() {
    }

    HubMembership(Hub hub, Council council, LocalDate joinedOn) {
        this.hub = hub;
        this.council = council;
        this.joinedOn = joinedOn;
    }

    void end(LocalDate on) {
        if (on.isBefore(joinedOn)) {
            throw InvalidInputException.of("leftOn", "The leaving date must be on or after the joining date.");
        }
        this.leftOn = on;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public Council council() {
        return council;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
