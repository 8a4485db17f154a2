package org.commissioning.marketplace.register.application;

import org.commissioning.marketplace.register.application.StabilityMeasures.Measures;
import org.commissioning.marketplace.register.application.StabilityMeasures.Reviews;
import org.commissioning.marketplace.register.application.StabilityMeasures.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StabilityMeasuresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void aChildWithThreePlacementsInTheLastTwelveMonthsCountsOnceAndOlderMovesDoNot() {
        List<Span> spans = new ArrayList<>(fourSettledChildren("Bolton"));
        spans.add(new Span("Bolton", "moved", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1)));
        spans.add(new Span("Bolton", "moved", LocalDate.of(2025, 8, 2), LocalDate.of(2025, 12, 1)));
        spans.add(new Span("Bolton", "moved", LocalDate.of(2025, 12, 2), null));
        // Three placements, but the first ended before the twelve months began (1 April 2025).
        spans.add(new Span("Bolton", "earlier", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31)));
        spans.add(new Span("Bolton", "earlier", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 1)));
        spans.add(new Span("Bolton", "earlier", LocalDate.of(2025, 9, 2), null));
        // Not yet begun: not counted.
        spans.add(new Span("Bolton", "future", LocalDate.of(2026, 4, 1), null));

        Measures bolton = StabilityMeasures.measure(spans, List.of(), TODAY, "All").get(0);

        assertEquals(6, bolton.childrenInYear());
        assertEquals(1L, bolton.threeOrMore());
        assertEquals(new BigDecimal("16.7"), bolton.threeOrMorePct());
    }

    @Test
    void longTermStabilityIsTwoYearsInTheSamePlacementAfterTwoAndAHalfYearsLookedAfter() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // looked after since 2023, in this placement since March 2024: stable
            spans.add(new Span("Wigan", "stable" + i, LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 1)));
            spans.add(new Span("Wigan", "stable" + i, LocalDate.of(2024, 3, 2), null));
        }
        spans.add(new Span("Wigan", "moved", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1)));
        spans.add(new Span("Wigan", "moved", LocalDate.of(2025, 1, 2), null)); // looked after long, but moved a year ago
        spans.add(new Span("Wigan", "new", LocalDate.of(2024, 6, 1), null)); // looked after under 2.5 years: not counted
        spans.add(new Span("Wigan", "left", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1))); // not in placement today

        Measures wigan = StabilityMeasures.measure(spans, List.of(), TODAY, "All").get(0);

        assertEquals(5, wigan.longTermChildren());
        assertEquals(4L, wigan.sameForTwoYears());
        assertEquals(new BigDecimal("80.0"), wigan.sameForTwoYearsPct());
    }

    @Test
    void fewerThanFiveChildrenOrReviewsShowNoShareButTheTotalAddsThemUp() {
        List<Span> spans = new ArrayList<>(fourSettledChildren("Bolton"));
        spans.addAll(fourSettledChildren("Bury"));
        List<Reviews> reviews = List.of(new Reviews("Bolton", 3, 2), new Reviews("Bury", 4, 4));

        List<Measures> measures = StabilityMeasures.measure(spans, reviews, TODAY, "All member councils");

        assertEquals(List.of("Bolton", "Bury", "All member councils"), measures.stream().map(Measures::name).toList());
        Measures bolton = measures.get(0);
        assertEquals(4, bolton.childrenInYear());
        assertNull(bolton.threeOrMore());
        assertNull(bolton.threeOrMorePct());
        assertNull(bolton.withoutMove());
        Measures all = measures.get(2);
        assertEquals(8, all.childrenInYear());
        assertEquals(0L, all.threeOrMore());
        assertEquals(7, all.reviews());
        assertEquals(6L, all.withoutMove());
        assertEquals(new BigDecimal("85.7"), all.withoutMovePct());
    }

    private static List<Span> fourSettledChildren(String council) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            spans.add(new Span(council, council + i, LocalDate.of(2025, 10, 1), null));
        }
        return spans;
    }
}
