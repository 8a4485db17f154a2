package org.commissioning.marketplace.tendering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a lot turns prices into marks, chosen when the tender is built and stated to bidders. The
 * marks are computed from the bids' basket costs, never typed in.
 */
public enum PriceFormula {
    /** The lowest price gets every mark; others lowest / price x the weight. */
    LOWEST_PRICE_RATIO("Lowest price divided by the bid's price, times the price weight"),
    /** The lowest price gets every mark; each 1% above it loses 1% of them (nothing at twice the lowest). */
    LINEAR_FROM_LOWEST("The price weight less 1% of it for each 1% the bid's price is above the lowest (none at twice the lowest)");

    private final String description;

    PriceFormula(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The price mark of a basket cost against the lowest, out of {@code weight}, to 4 places. */
    public BigDecimal marks(BigDecimal lowest, BigDecimal cost, int weight) {
        BigDecimal w = BigDecimal.valueOf(weight);
        return switch (this) {
            case LOWEST_PRICE_RATIO -> lowest.multiply(w).divide(cost, 4, RoundingMode.HALF_UP);
            case LINEAR_FROM_LOWEST -> {
                BigDecimal above = cost.subtract(lowest).divide(lowest, 8, RoundingMode.HALF_UP);
                BigDecimal share = BigDecimal.ONE.subtract(above).max(BigDecimal.ZERO);
                yield share.multiply(w).setScale(4, RoundingMode.HALF_UP);
            }
        };
    }
}
