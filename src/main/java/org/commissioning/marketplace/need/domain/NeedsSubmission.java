package org.commissioning.marketplace.need.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregate root: one council's needs for one needs round. The council edits a draft, then
 * submits it to the hub; it may reopen and change it until the round's deadline. Only submitted
 * needs count in the hub's pooled demand.
 */
@Entity
@Table(name = "needs_submission")
public class NeedsSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "council_id")
    private Long councilId;

    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("category, subRegion, needLevel, ageBand")
    private List<NeedLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected NeedsSubmission() {
    }

    public static NeedsSubmission start(NeedsRound round, long councilId) {
        NeedsSubmission s = new NeedsSubmission();
        s.roundId = round.id();
        s.councilId = councilId;
        s.status = SubmissionStatus.DRAFT;
        return s;
    }

    /** Adds a line; the same category, need level, age band and sub-region may appear once. */
    public NeedLine add(NeedLineSpec spec, NeedsRound round, Instant now) {
        requireEditable(round, now);
        String subRegion = canonical(spec, round);
        if (lines.stream().anyMatch(l -> l.sameKeyAs(spec, subRegion))) {
            throw new ConflictException("There is already a line for " + spec.category().label() + ", "
                    + spec.needLevel().label() + ", " + spec.ageBand().label() + " in " + subRegion
                    + ". Remove it first, or change its numbers in your CSV file.");
        }
        NeedLine line = new NeedLine(this, spec, subRegion);
        lines.add(line);
        return line;
    }

    /**
     * Checks a full replacement of the lines (a CSV import): every line valid and distinct. Call
     * {@link #clearLines} and then {@link #addAll} to apply it.
     */
    public List<NeedLine> checkReplacement(List<NeedLineSpec> specs, NeedsRound round, Instant now) {
        requireEditable(round, now);
        List<NeedLine> replacement = new ArrayList<>();
        for (NeedLineSpec spec : specs) {
            String subRegion = canonical(spec, round);
            if (replacement.stream().anyMatch(l -> l.sameKeyAs(spec, subRegion))) {
                throw new ConflictException("The same category, need level, age band and sub-region appear twice.");
            }
            replacement.add(new NeedLine(this, spec, subRegion));
        }
        return replacement;
    }

    /** Removes every line; the caller flushes before adding replacements with the same keys. */
    public void clearLines(NeedsRound round, Instant now) {
        requireEditable(round, now);
        lines.clear();
    }

    public void addAll(List<NeedLine> checked) {
        lines.addAll(checked);
    }

    public NeedLine remove(long lineId, NeedsRound round, Instant now) {
        requireEditable(round, now);
        NeedLine line = lines.stream().filter(l -> l.id() != null && l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no line " + lineId + " in these needs."));
        lines.remove(line);
        return line;
    }

    public void submit(String by, NeedsRound round, Instant now) {
        round.requireOpen(now);
        if (lines.isEmpty()) {
            throw InvalidInputException.of("lines", "Add at least one line of need before submitting.");
        }
        status = status.moveTo(SubmissionStatus.SUBMITTED);
        submittedBy = by;
        submittedAt = now;
    }

    public void reopen(NeedsRound round, Instant now) {
        round.requireOpen(now);
        status = status.moveTo(SubmissionStatus.DRAFT);
    }

    private void requireEditable(NeedsRound round, Instant now) {
        round.requireOpen(now);
        if (status != SubmissionStatus.DRAFT) {
            throw new ConflictException("These needs are submitted. Reopen them to make changes.");
        }
    }

    private static String canonical(NeedLineSpec spec, NeedsRound round) {
        return round.subRegionNamed(spec.subRegion()).orElseThrow(() -> InvalidInputException.of("subRegion",
                "Sub-region " + spec.subRegion() + " is not one of this round's: " + String.join(", ", round.subRegions()) + "."));
    }

    public Money estimatedAnnualValue() {
        return lines.stream().map(NeedLine::estimatedAnnualValue).reduce(Money.ZERO, Money::plus);
    }

    public int placements() {
        return lines.stream().mapToInt(NeedLine::placements).sum();
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long councilId() {
        return councilId;
    }

    public SubmissionStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public List<NeedLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
