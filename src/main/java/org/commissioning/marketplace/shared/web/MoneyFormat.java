package org.commissioning.marketplace.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.commissioning.marketplace.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pages show amounts through this: {@code #{money.pounds(amount)}} gives "£1,234.50". */
@Named("money")
@ApplicationScoped
public class MoneyFormat {

    public String pounds(BigDecimal amount) {
        return amount == null ? "" : Money.of(amount.setScale(2, RoundingMode.HALF_EVEN)).format();
    }

    /** Weekly fees by need level, as bids give them: "Standard needs £950.00 a week; Complex needs ...". */
    public String weeklyFees(java.util.Map<String, BigDecimal> fees) {
        if (fees == null || fees.isEmpty()) {
            return "";
        }
        return String.join("; ", fees.entrySet().stream().map(e -> org.commissioning.marketplace.shared.domain.NeedLevel.valueOf(e.getKey())
                .label() + " needs " + pounds(e.getValue()) + " a week").toList());
    }
}
