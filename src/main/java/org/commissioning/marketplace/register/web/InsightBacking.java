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
}
