package org.commissioning.marketplace.tendering.domain;

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

import java.time.Instant;

/**
 * A member of the tender team and their conflict-of-interest declaration (Procurement Act 2023
 * ss.81-83): none, or the interest and how it is mitigated. Part of the tender aggregate.
 */
@Entity
@Table(name = "tender_team_member")
public class TeamMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    private String username;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "has_interest")
    private Boolean hasInterest;

    @Column(name = "interest_details")
    private String interestDetails;

    private String mitigation;

    protected TeamMember() {
    }

    TeamMember(Tender tender, String username) {
        this.tender = tender;
        this.username = username;
    }

    void declare(boolean interest, String details, String mitigationPlan, Instant now) {
        if (interest && (details == null || details.isBlank())) {
            throw InvalidInputException.of("interestDetails", "Describe the interest you are declaring.");
        }
        if (interest && (mitigationPlan == null || mitigationPlan.isBlank())) {
            throw InvalidInputException.of("mitigation", "Say how the conflict is mitigated.");
        }
        this.hasInterest = interest;
        this.interestDetails = interest ? details.strip() : null;
        this.mitigation = interest ? mitigationPlan.strip() : null;
        this.declaredAt = now;
    }

    public boolean hasDeclared() {
        return declaredAt != null;
    }

    public String username() {
        return username;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public Boolean hasInterest() {
        return hasInterest;
    }

    public String interestDetails() {
        return interestDetails;
    }

    public String mitigation() {
        return mitigation;
    }
}
