package org.commissioning.marketplace.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One ranked bid in one lot of an award: its marks and whether it is appointed. Part of the award. */
@Entity
@Table(name = "award_line")
public class AwardLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lot_number")
    private int lotNumber;
    @Column(name = "bid_id")
    private long bidId;
    @Column(name = "provider_id")
    private long providerId;
    @Column(name = "rank_in_lot")
    private int rank;
    @Column(name = "quality_score")
    private BigDecimal qualityScore;
    @Column(name = "price_score")
    private BigDecimal priceScore;
    private BigDecimal total;
    @Column(name = "basket_cost")
    private BigDecimal basketCost;
    private boolean appointed;
    /** The bid's weekly fees per need level (JSON), carried into the agreement. */
    @Column(name = "weekly_fees")
    private String weeklyFees;

    protected AwardLine() {
    }

    public AwardLine(int lotNumber, LotRanking.Ranked ranked, boolean appointed, String weeklyFees) {
        this.lotNumber = lotNumber;
        this.bidId = ranked.bidId();
        this.providerId = ranked.providerId();
        this.rank = ranked.rank();
        this.qualityScore = ranked.qualityScore();
        this.priceScore = ranked.priceScore();
        this.total = ranked.total();
        this.basketCost = ranked.basketCost();
        this.appointed = appointed;
        this.weeklyFees = weeklyFees;
    }

    public int lotNumber() {
        return lotNumber;
    }

    public long bidId() {
        return bidId;
    }

    public long providerId() {
        return providerId;
    }

    public int rank() {
        return rank;
    }

    public BigDecimal qualityScore() {
        return qualityScore;
    }

    public BigDecimal priceScore() {
        return priceScore;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal basketCost() {
        return basketCost;
    }

    public boolean appointed() {
        return appointed;
    }

    public String weeklyFees() {
        return weeklyFees;
    }
}
