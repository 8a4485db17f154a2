package org.commissioning.marketplace.need.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregate root: a hub's call for its member councils' placement needs for one planning year
 * (April to March), with a deadline and the sub-regions needs are reported against. Open until
 * the deadline; the hub may move the deadline.
 */
@Entity
@Table(name = "needs_round")
public class NeedsRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hub_id")
    private Long hubId;

    @Column(name = "planning_year")
    private int planningYear;

    private Instant deadline;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "needs_round_sub_region", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> subRegions = new ArrayList<>();

    @Version
    private long version;

    protected NeedsRound() {
    }

    public static NeedsRound open(long hubId, Integer planningYear, Instant deadline, List<String> subRegions,
                                  String openedBy, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (planningYear == null || planningYear < 2020 || planningYear > 2100) {
            errors.put("planningYear", "Enter the planning year as the year it starts, like 2027 for 2027-28.");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            errors.put("deadline", "Enter a deadline in the future.");
        }
        List<String> names = new ArrayList<>();
        if (subRegions != null) {
            for (String name : subRegions) {
                String n = name == null ? "" : name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                if (n.length() > 60) {
                    errors.put("subRegions", "Each sub-region name must be at most 60 characters.");
                } else if (names.stream().anyMatch(existing -> existing.equalsIgnoreCase(n))) {
                    errors.put("subRegions", "Sub-region " + n + " is listed twice.");
                } else {
                    names.add(n);
                }
            }
        }
        if (names.isEmpty()) {
            errors.putIfAbsent("subRegions", "Enter at least one sub-region.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        NeedsRound round = new NeedsRound();
        round.hubId = hubId;
        round.planningYear = planningYear;
        round.deadline = deadline;
        round.subRegions = names;
        round.openedBy = openedBy;
        round.openedAt = now;
        return round;
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(deadline);
    }

    /** Refuses changes to needs once the deadline has passed. */
    public void requireOpen(Instant now) {
        if (!isOpenAt(now)) {
            throw new ConflictException("The deadline for the " + planningYearLabel()
                    + " needs round has passed: needs can no longer be changed or submitted.");
        }
    }

    public void moveDeadline(Instant newDeadline, Instant now) {
        if (newDeadline == null || !newDeadline.isAfter(now)) {
            throw InvalidInputException.of("deadline", "Enter a deadline in the future.");
        }
        this.deadline = newDeadline;
    }

    /** The sub-region as the hub spelled it, matched without regard to case. */
    public Optional<String> subRegionNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.UK);
        return subRegions.stream().filter(s -> s.toLowerCase(Locale.UK).equals(wanted)).findFirst();
    }

    /** For example "2027-28". */
    public String planningYearLabel() {
        return planningYear + "-" + String.format("%02d", (planningYear + 1) % 100);
    }

    public Long id() {
        return id;
    }

    public long hubId() {
        return hubId;
    }

    public int planningYear() {
        return planningYear;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public List<String> subRegions() {
        return List.copyOf(subRegions);
    }

    public long version() {
        return version;
    }
}
