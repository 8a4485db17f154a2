package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a bid costs the region, for comparing prices: its weekly fee per need level weighted by the
 * lot's pooled demand at each level (placements a year). A lot priced at one level is that fee.
 */
public record PriceBasket(Map<NeedLevel, BigDecimal> demandWeights) {

    public PriceBasket {
        if (demandWeights == null || demandWeights.isEmpty() || demandWeights.values().stream().anyMatch(w -> w.signum() < 0)
                || demandWeights.values().stream().allMatch(w -> w.signum() == 0)) {
            throw InvalidInputException.of("demand", "A price basket needs a demand weight for at least one need level.");
        }
        demandWeights = Map.copyOf(new EnumMap<>(demandWeights));
    }

    /** The demand-weighted average weekly fee, to the penny. */
    public BigDecimal cost(Map<NeedLevel, BigDecimal> weeklyFees) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<NeedLevel, BigDecimal> weight : demandWeights.entrySet()) {
            if (weight.getValue().signum() == 0) {
                continue;
            }
            BigDecimal fee = weeklyFees.get(weight.getKey());
            if (fee == null) {
                throw InvalidInputException.of("weeklyFees", "The bid has no weekly fee for " + weight.getKey().label().toLowerCase() + " needs.");
            }
            weighted = weighted.add(fee.multiply(weight.getValue()));
            total = total.add(weight.getValue());
        }
        return weighted.divide(total, 2, RoundingMode.HALF_UP);
    }
}
