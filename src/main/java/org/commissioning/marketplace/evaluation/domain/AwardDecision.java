package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.WorkingDays;

import java.time.Instant;

/**
 * The award of a tender, through its lawful steps: one hub commissioner proposes; a second one
 * approves (four eyes), which publishes the contract award notice and starts standstill of the
 * tender's working days; a challenge lodged during standstill suspends it until the hub records
 * the outcome; once standstill has ended (and nothing is suspended) the award becomes final.
 * The persistent aggregate delegates its rules here so they are tested without a database.
 */
public final class AwardDecision {

    private AwardStatus status;
    private final String proposedBy;
    private String approvedBy;
    private Instant noticePublishedAt;
    private Instant standstillEndsAt;

    public AwardDecision(String proposedBy) {
        this(AwardStatus.PROPOSED, proposedBy, null, null, null);
    }

    public AwardDecision(AwardStatus status, String proposedBy, String approvedBy, Instant noticePublishedAt,
                         Instant standstillEndsAt) {
        this.status = status;
        this.proposedBy = proposedBy;
        this.approvedBy = approvedBy;
        this.noticePublishedAt = noticePublishedAt;
        this.standstillEndsAt = standstillEndsAt;
    }

    /** The second pair of eyes: never the proposer. Publishes the notice now and fixes when standstill ends. */
    public void approve(String approver, Instant now, WorkingDays calendar, int standstillDays) {
        if (approver.equalsIgnoreCase(proposedBy)) {
            throw new ConflictException("The award must be approved by a second hub commissioner, not by "
                    + "the one who proposed it (four eyes).");
        }
        if (standstillDays < 8) {
            throw InvalidInputException.of("standstillDays", "Standstill is at least 8 working days.");
        }
        status = status.moveTo(AwardStatus.STANDSTILL);
        approvedBy = approver;
        noticePublishedAt = now;
        standstillEndsAt = calendar.standstillEnd(now, standstillDays);
    }

    /** A challenge lodged during standstill suspends the award. */
    public void challenge(Instant now) {
        if (status != AwardStatus.STANDSTILL || !now.isBefore(standstillEndsAt)) {
            throw new ConflictException("A challenge suspends an award only while it is in standstill.");
        }
        status = status.moveTo(AwardStatus.SUSPENDED);
    }

    /** The hub records the challenge's outcome: upheld withdraws the award; dismissed lets it go on. */
    public void challengeOutcome(boolean upheld, Instant now) {
        if (status != AwardStatus.SUSPENDED) {
            throw new ConflictException("There is no challenge to decide: the award is " + status.label().toLowerCase() + ".");
        }
        status = status.moveTo(upheld ? AwardStatus.WITHDRAWN : now.isBefore(standstillEndsAt) ? AwardStatus.STANDSTILL : AwardStatus.FINAL);
    }

    /** At the end of standstill the award becomes final; before it, or while suspended, nothing changes. */
    public boolean finishStandstill(Instant now) {
        if (status == AwardStatus.STANDSTILL && !now.isBefore(standstillEndsAt)) {
            status = status.moveTo(AwardStatus.FINAL);
            return true;
        }
        return false;
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
}
