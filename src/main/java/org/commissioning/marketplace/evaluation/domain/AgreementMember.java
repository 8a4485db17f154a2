package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An appointed provider on one lot of an agreement: rank, prices, and status (active, suspended, removed). */
@Entity
@Table(name = "agreement_member")
public class AgreementMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lot_number")
    private int lotNumber;
    @Column(name = "provider_id")
    private long providerId;
    @Column(name = "rank_in_lot")
    private int rank;
    @Column(name = "weekly_fees")
    private String weeklyFees;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private MemberStatus status;
    @Column(name = "status_reason")
    private String statusReason;

    protected AgreementMember() {
    }

    AgreementMember(int lotNumber, long providerId, int rank, String weeklyFees) {
        this.lotNumber = lotNumber;
        this.providerId = providerId;
        this.rank = rank;
        this.weeklyFees = weeklyFees;
        this.status = MemberStatus.ACTIVE;
    }

    /**
     * Suspends, reinstates or removes the provider on this lot, with the reason: active and
     * suspended may change; removed is final.
     */
    public void changeStatus(String target, String reason) {
        MemberStatus to;
        try {
            to = MemberStatus.valueOf(target == null ? "" : target.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("status",
                    "Choose the provider's new status: ACTIVE, SUSPENDED or REMOVED.");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("reason",
                    "Give the reason for the change (at least 10 characters).");
        }
        status = status.moveTo(to);
        statusReason = reason.strip();
    }

    public int lotNumber() {
        return lotNumber;
    }

    public long providerId() {
        return providerId;
    }

    public int rank() {
        return rank;
    }

    public String weeklyFees() {
        return weeklyFees;
    }

    public MemberStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }
}
