package org.commissioning.marketplace.need.domain;

import org.commissioning.marketplace.shared.domain.NeedLevel;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

/** One line of a council's needs. Part of the submission aggregate. */
@Entity
@Table(name = "need_line")
public class NeedLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private NeedsSubmission submission;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_level")
    private NeedLevel needLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Column(name = "sub_region")
    private String subRegion;

    private int placements;

    private int weeks;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "baseline_weekly_fee"))
    private Money baselineWeeklyFee;

    protected NeedLine() {
    }

    NeedLine(NeedsSubmission submission, NeedLineSpec spec, String subRegion) {
        this.submission = submission;
        this.category = spec.category();
        this.needLevel = spec.needLevel();
        this.ageBand = spec.ageBand();
        this.subRegion = subRegion;
        this.placements = spec.placements();
        this.weeks = spec.weeks();
        this.baselineWeeklyFee = spec.fee();
    }

    boolean sameKeyAs(NeedLineSpec spec, String canonicalSubRegion) {
        return category == spec.category() && needLevel == spec.needLevel() && ageBand == spec.ageBand()
                && subRegion.equals(canonicalSubRegion);
    }

    /** Placements x weeks x baseline weekly fee. */
    public Money estimatedAnnualValue() {
        return baselineWeeklyFee.times((long) placements * weeks);
    }

    public String describe() {
        return category.label() + ", " + needLevel.label() + ", " + ageBand.label() + ", " + subRegion;
    }

    public Long id() {
        return id;
    }

    public ServiceCategory category() {
        return category;
    }

    public NeedLevel needLevel() {
        return needLevel;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    public String subRegion() {
        return subRegion;
    }

    public int placements() {
        return placements;
    }

    public int weeks() {
        return weeks;
    }

    public Money baselineWeeklyFee() {
        return baselineWeeklyFee;
    }
}
