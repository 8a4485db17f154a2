package org.commissioning.marketplace.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UkTimeTest {

    @Test
    void winterTimesAreGreenwichMeanTime() {
        assertEquals("5:00pm, Friday 6 March 2026 (UK time)", UkTime.format(Instant.parse("2026-03-06T17:00:00Z")));
    }

    @Test
    void summerTimesAreBritishSummerTime() {
        assertEquals("5:00pm, Monday 6 July 2026 (UK time)", UkTime.format(Instant.parse("2026-07-06T16:00:00Z")));
    }

    @Test
    void tablesUseACompactUkTime() {
        assertEquals("6 Jul 2026, 17:00:05", UkTime.compact(Instant.parse("2026-07-06T16:00:05Z")));
    }

    @Test
    void aPeriodEndingAtMidnightReadsAsTheEndOfTheDayBefore() {
        org.junit.jupiter.api.Assertions.assertEquals("midnight at the end of Monday 14 December 2026 (UK time)",
                UkTime.periodEnd(java.time.Instant.parse("2026-12-15T00:00:00Z")));
        org.junit.jupiter.api.Assertions.assertEquals("midnight at the end of Tuesday 14 April 2026 (UK time)",
                UkTime.periodEnd(java.time.Instant.parse("2026-04-14T23:00:00Z")), "British Summer Time");
    }
}
