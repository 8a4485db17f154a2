package org.commissioning.marketplace.tendering.domain;

import org.commissioning.marketplace.tendering.domain.Pipeline.FinancialYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline notice's calendar (s.93): the financial year, the 56 days, the 18-month window; values over the term. */
class PipelineTest {

    @Test
    void aFinancialYearRunsFromAprilToMarchAndItsNoticeIsDueWithin56DaysOfItsFirstDay() {
        assertEquals(2026, FinancialYear.of(LocalDate.of(2026, 4, 1)).startYear());
        assertEquals(2025, FinancialYear.of(LocalDate.of(2026, 3, 31)).startYear());
        FinancialYear year = new FinancialYear(2026);
        assertEquals(LocalDate.of(2027, 3, 31), year.lastDay());
        assertEquals(LocalDate.of(2026, 5, 26), year.noticeDueBy(), "day 1 is 1 April, day 56 is 26 May");
        assertEquals(LocalDate.of(2027, 10, 1), year.windowEnd());
        assertEquals("2026 to 2027", year.label());
    }

    @Test
    void theWindowHoldsAwardsPlannedInThe18MonthsFromTheYearsFirstDay() {
        FinancialYear year = new FinancialYear(2026);
        assertFalse(Pipeline.inWindow(year, LocalDate.of(2026, 3, 31)));
        assertTrue(Pipeline.inWindow(year, LocalDate.of(2026, 4, 1)));
        assertTrue(Pipeline.inWindow(year, LocalDate.of(2027, 9, 30)));
        assertFalse(Pipeline.inWindow(year, LocalDate.of(2027, 10, 1)));
        assertFalse(Pipeline.inWindow(year, null));
    }

    @Test
    void aFrameworksValueOverItsTermDecidesWhetherItMustBeListed() {
        BigDecimal ayear = new BigDecimal("600000.00");
        assertEquals(new BigDecimal("2400000.00"), Pipeline.valueOverTerm(ayear, LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31)));
        assertEquals(new BigDecimal("300000.00"), Pipeline.valueOverTerm(ayear, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 9, 30)));
        assertEquals(new BigDecimal("600000.00"), Pipeline.valueOverTerm(ayear, LocalDate.of(2027, 4, 1), null),
                "a market with no set end: a year's value");
        assertTrue(Pipeline.mustBeListed(new BigDecimal("2000000.01")));
        assertFalse(Pipeline.mustBeListed(new BigDecimal("2000000.00")), "more than £2 million");
    }

    @Test
    void theNoticeIsNotYetDueBeforeTheYearDueForItsFirst56DaysThenOverdue() {
        FinancialYear year = new FinancialYear(2026);
        assertEquals(Pipeline.State.NOT_YET_DUE, Pipeline.state(year, null, LocalDate.of(2026, 3, 31)));
        assertEquals(Pipeline.State.DUE, Pipeline.state(year, null, LocalDate.of(2026, 4, 1)));
        assertEquals(Pipeline.State.DUE, Pipeline.state(year, null, LocalDate.of(2026, 5, 26)));
        assertEquals(Pipeline.State.OVERDUE, Pipeline.state(year, null, LocalDate.of(2026, 5, 27)));
        assertEquals(Pipeline.State.PUBLISHED, Pipeline.state(year, Instant.parse("2026-06-01T09:00:00Z"), LocalDate.of(2026, 6, 2)));
    }
}
