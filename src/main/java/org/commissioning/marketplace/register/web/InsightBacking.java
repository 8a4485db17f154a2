package org.commissioning.marketplace.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.register.application.InsightService;
import org.commissioning.marketplace.register.application.InsightService.Insight;
import org.commissioning.marketplace.register.application.InsightService.YearSpend;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** hub/insight.xhtml and council/insight.xhtml: spend, benchmarking, savings. */
@Named
@ViewScoped
public class InsightBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    InsightService insights;

    private Insight insight;

    public Insight getInsight() {
        if (insight == null) {
            try {
                insight = insights.insight();
            } catch (DomainException e) {
                Forms.report(e, "insight");
            }
        }
        return insight;
    }

    /** A year's bar as a percentage of the largest year. */
    public int barWidth(YearSpend year) {
        BigDecimal max = getInsight().spendByYear().stream().map(YearSpend::spend).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return max.signum() == 0 ? 0 : year.spend().multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    /** A need level's part of a year's bar, as a percentage of the largest year (so bars compare across years). */
    public int segmentWidth(InsightService.LevelSpend level) {
        BigDecimal max = getInsight().spendByYear().stream().map(YearSpend::spend).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return max.signum() == 0 ? 0 : level.spend().multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.DOWN).intValue();
    }

    /** A bar as a percentage of the largest in its list. */
    public int share(InsightService.NamedSpend item, java.util.List<InsightService.NamedSpend> all) {
        BigDecimal max = all.stream().map(InsightService.NamedSpend::spend).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return max.signum() <= 0 || item.spend().signum() <= 0 ? 0
                : item.spend().multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * A count with its share ("3 (12.5%)"), or why it is not shown: nothing to count, or fewer than
     * five {@code things} (the count is then null).
     */
    public String counted(Long count, BigDecimal pct, long of, String things) {
        if (of == 0) {
            return "No " + things + " to count";
        }
        return count == null ? "Not shown: fewer than 5 " + things : count + " (" + pct.stripTrailingZeros().toPlainString() + "%)";
    }

    /** The share of children placed within 20 miles, as a whole percentage (null when none are placed). */
    public Integer withinShare(InsightService.AreaCount count) {
        long known = count.withinTwentyMiles() + count.furtherAway();
        return known == 0 ? null : (int) Math.round(count.withinTwentyMiles() * 100.0 / known);
    }
}
