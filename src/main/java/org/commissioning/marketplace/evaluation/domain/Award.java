package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.WorkingDays;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tender's award: the ranked bids per lot with those to appoint, through proposal, four-eyes
 * approval, standstill and a final decision. Its rules are {@link AwardDecision}'s.
 */
@Entity
@Table(name = "award")
public class Award {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tender_id")
    private long tenderId;
    @Enumerated(EnumType.STRING)
    private AwardStatus status;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "notice_published_at")
    private Instant noticePublishedAt;
    @Column(name = "standstill_ends_at")
    private Instant standstillEndsAt;
    private String challenge;
    @Column(name = "next_check")
    private Instant nextCheck;
    @Column(name = "ocds_release")
    private String ocdsRelease;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "award_id", nullable = false)
    @OrderBy("lotNumber ASC, rank ASC")
    private List<AwardLine> lines = new ArrayList<>();

    protected Award() {
    }

    public Award(long tenderId, String proposedBy, List<AwardLine> lines, Instant now) {
        this.tenderId = tenderId;
        this.status = AwardStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.lines.addAll(lines);
    }

    private AwardDecision decision() {
        return new AwardDecision(status, proposedBy, approvedBy, noticePublishedAt, standstillEndsAt);
    }

    private void take(AwardDecision d) {
        status = d.status();
        approvedBy = d.approvedBy();
        noticePublishedAt = d.noticePublishedAt();
        standstillEndsAt = d.standstillEndsAt();
        nextCheck = status == AwardStatus.STANDSTILL ? standstillEndsAt : null;
    }

    public void approve(String approver, Instant now, WorkingDays calendar, int standstillDays) {
        AwardDecision d = decision();
        d.approve(approver, now, calendar, standstillDays);
        take(d);
    }

    public void recordNotice(String release) {
        this.ocdsRelease = release;
    }

    public void challenge(String details, Instant now) {
        AwardDecision d = decision();
        d.challenge(now);
        challenge = details;
        take(d);
    }

    public void challengeOutcome(boolean upheld, Instant now) {
        AwardDecision d = decision();
        d.challengeOutcome(upheld, now);
        take(d);
    }

    /** The scheduler's visit: true when standstill has ended and the award became final now. */
    public boolean finishStandstill(Instant now) {
        AwardDecision d = decision();
        boolean ended = d.finishStandstill(now);
        take(d);
        return ended;
    }

    public Long id() {
        return id;
    }

    public long tenderId() {
        return tenderId;
    }

    public AwardStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant noticePublishedAt() {
        return noticePublishedAt;
    }

    public Instant standstillEndsAt() {
        return standstillEndsAt;
    }

    public String challengeDetails() {
        return challenge;
    }

    public String ocdsRelease() {
        return ocdsRelease;
    }

    public List<AwardLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
