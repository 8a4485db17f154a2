package org.commissioning.marketplace.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of pounds sterling, kept to the penny. Immutable; never a double. Weekly fees, annual
 * values and savings are all Money.
 */
@Embeddable
public final class Money implements Serializable, Comparable<Money> {
    private static final long serialVersionUID = 1L;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    @Column(name = "amount")
    private BigDecimal amount;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Refuses fractions of a penny rather than rounding a fee silently. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("An amount in pounds has at most two decimal places: " + amount);
        }
        return new Money(amount);
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** For example "£1,234.50". */
    public String format() {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        return f.format(amount);
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
