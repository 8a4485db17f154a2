package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who pays for a placement, in percentages that sum to exactly 100: the council's social care
 * budget, its education (SEND) budget and the local health body (ICB).
 */
public record FundingSplit(BigDecimal socialCare, BigDecimal education, BigDecimal health) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FundingSplit {
        Map<String, String> errors = new LinkedHashMap<>();
        check("socialCare", socialCare, errors);
        check("education", education, errors);
        check("health", health, errors);
        if (errors.isEmpty() && socialCare.add(education).add(health).compareTo(HUNDRED) != 0) {
            errors.put("funding", "The funding split must add up to 100% (it adds up to "
                    + socialCare.add(education).add(health).stripTrailingZeros().toPlainString() + "%).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** All of it from the council's social care budget. */
    public static FundingSplit socialCareOnly() {
        return new FundingSplit(HUNDRED, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Each payer's share of a weekly fee, to the penny; the social care share takes any rounding remainder. */
    public Map<String, BigDecimal> shares(BigDecimal weeklyFee) {
        BigDecimal educationShare = weeklyFee.multiply(education).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal healthShare = weeklyFee.multiply(health).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        shares.put("socialCare", weeklyFee.setScale(2, RoundingMode.HALF_UP).subtract(educationShare).subtract(healthShare));
        shares.put("education", educationShare);
        shares.put("health", healthShare);
        return shares;
    }

    private static void check(String field, BigDecimal value, Map<String, String> errors) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            errors.put(field, "Give the " + switch (field) {
                case "socialCare" -> "social care";
                case "education" -> "education (SEND)";
                default -> "health (ICB)";
            } + " share as a percentage from 0 to 100, to at most 2 decimal places.");
        }
    }
}
