package org.commissioning.marketplace.need.domain;

import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of need as entered, checked field by field: placements expected to start in the year,
 * the weeks each is expected to last within it, and the average weekly fee paid today.
 */
public record NeedLineSpec(ServiceCategory category, NeedLevel needLevel, AgeBand ageBand, String subRegion,
                           Integer placements, Integer weeks, BigDecimal baselineWeeklyFee) {

    public static final int MAX_PLACEMENTS = 10_000;
    public static final BigDecimal MAX_FEE = new BigDecimal("100000.00");

    public NeedLineSpec {
        Map<String, String> errors = new LinkedHashMap<>();
        if (category == null) {
            errors.put("category", "Select the placement category.");
        }
        if (needLevel == null) {
            errors.put("needLevel", "Select the need level.");
        }
        if (ageBand == null) {
            errors.put("ageBand", "Select the age band.");
        }
        if (subRegion == null || subRegion.isBlank()) {
            errors.put("subRegion", "Select the sub-region.");
        }
        if (placements == null || placements < 1 || placements > MAX_PLACEMENTS) {
            errors.put("placements", "Enter the number of placements, from 1 to " + MAX_PLACEMENTS + ".");
        }
        if (weeks == null || weeks < 1 || weeks > 52) {
            errors.put("weeks", "Enter the expected weeks in the year, from 1 to 52.");
        }
        if (baselineWeeklyFee == null || baselineWeeklyFee.signum() <= 0
                || baselineWeeklyFee.compareTo(MAX_FEE) > 0) {
            errors.put("baselineWeeklyFee", "Enter the average weekly fee in pounds, more than 0 and at most 100,000.");
        } else if (baselineWeeklyFee.stripTrailingZeros().scale() > 2) {
            errors.put("baselineWeeklyFee", "Enter the weekly fee in pounds and pence, like 4250.50.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        subRegion = subRegion.strip();
    }

    public Money fee() {
        return Money.of(baselineWeeklyFee);
    }
}
