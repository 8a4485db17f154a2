package org.commissioning.marketplace.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {

    @Test
    void amountsAreKeptToThePennyAndCompareByValue() {
        assertEquals(Money.of("10.5"), Money.of(new BigDecimal("10.50")));
        assertEquals("£1,234.50", Money.of("1234.5").format());
        assertEquals(Money.of("3800.00"), Money.of("950.00").times(4));
        assertEquals(Money.of("0.30"), Money.of("0.10").plus(Money.of("0.20")));
    }

    @Test
    void fractionsOfAPennyAreRefusedNotRounded() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("10.001"));
    }
}
