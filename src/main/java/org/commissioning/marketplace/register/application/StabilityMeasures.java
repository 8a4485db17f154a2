package org.commissioning.marketplace.register.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stability of children's placements as the Department for Education counts it, over the
 * placements made through the marketplace: children with three or more placements in the last
 * twelve months, and children looked after for two and a half years or more who have lived in the
 * same placement for two years; beside them, what the councils' outcome reviews recorded. A count
 * that fewer than {@link NationalInsight#SMALL_NUMBER} children (or reviews) make is not shown.
 */
public final class StabilityMeasures {

    public static final String METHOD = "Over placements made through the marketplace, each child known by the council's "
            + "pseudonymous reference (kept blind). Moves: of the children in a placement at any time in the last 12 months, those "
            + "with 3 or more placements in that time. Long-term: of the children in placement today whose first placement began "
            + "2 and a half years ago or more, those in the same placement for 2 years or more. Reviews: outcome reviews in the last "
            + "12 months, and those that recorded no move since the last review. A share is shown only where 5 children (or "
            + "reviews) or more make it.";

    /** One placement of one child: {@code end} is null while the child lives there. */
    public record Span(String councilName, String child, LocalDate start, LocalDate end) {
    }

    /** What the outcome reviews of one council recorded in the last 12 months. */
    public record Reviews(String councilName, long reviews, long withoutMove) {
    }

    /**
     * One council's measures, or a total's. The counts behind a share that fewer than 5 make are
     * null ({@code threeOrMore}, {@code sameForTwoYears}, {@code withoutMove}), as are the shares.
     */
    public record Measures(String name, long childrenInYear, Long threeOrMore, BigDecimal threeOrMorePct, long longTermChildren,
                           Long sameForTwoYears, BigDecimal sameForTwoYearsPct, long reviews, Long withoutMove,
                           BigDecimal withoutMovePct) implements Serializable {
    }

    private StabilityMeasures() {
    }

    /** Each council's measures by name, then the total named {@code totalName}. */
    public static List<Measures> measure(Collection<Span> spans, Collection<Reviews> reviews, LocalDate today, String totalName) {
        Map<String, List<Span>> byCouncil = new TreeMap<>();
        spans.forEach(s -> byCouncil.computeIfAbsent(s.councilName(), k -> new ArrayList<>()).add(s));
        Map<String, Reviews> reviewsByCouncil = new HashMap<>();
        reviews.forEach(r -> reviewsByCouncil.put(r.councilName(), r));
        reviews.forEach(r -> byCouncil.computeIfAbsent(r.councilName(), k -> new ArrayList<>()));
        List<Measures> measures = new ArrayList<>();
        byCouncil.forEach((name, own) -> measures.add(of(name, own, reviewsByCouncil.get(name), today)));
        long allReviews = reviews.stream().mapToLong(Reviews::reviews).sum();
        long allWithout = reviews.stream().mapToLong(Reviews::withoutMove).sum();
        measures.add(of(totalName, spans, new Reviews(totalName, allReviews, allWithout), today));
        return measures;
    }

    private static Measures of(String name, Collection<Span> spans, Reviews reviews, LocalDate today) {
        LocalDate yearFrom = today.minusYears(1).plusDays(1);
        LocalDate lookedAfterBy = today.minusMonths(30);
        LocalDate sameSince = today.minusYears(2);
        Map<String, List<Span>> byChild = new HashMap<>();
        spans.stream().filter(s -> !s.start().isAfter(today))
                .forEach(s -> byChild.computeIfAbsent(s.child(), k -> new ArrayList<>()).add(s));
        long inYear = 0;
        long threeOrMore = 0;
        long longTerm = 0;
        long same = 0;
        for (List<Span> child : byChild.values()) {
            long placementsInYear = child.stream().filter(s -> s.end() == null || !s.end().isBefore(yearFrom)).count();
            if (placementsInYear > 0) {
                inYear++;
                if (placementsInYear >= 3) {
                    threeOrMore++;
                }
            }
            LocalDate first = child.stream().map(Span::start).min(LocalDate::compareTo).orElseThrow();
            Span current = child.stream().filter(s -> s.end() == null).max(java.util.Comparator.comparing(Span::start)).orElse(null);
            if (current != null && !first.isAfter(lookedAfterBy)) {
                longTerm++;
                if (!current.start().isAfter(sameSince)) {
                    same++;
                }
            }
        }
        long reviewed = reviews == null ? 0 : reviews.reviews();
        long without = reviews == null ? 0 : reviews.withoutMove();
        return new Measures(name, inYear, shown(threeOrMore, inYear), pct(threeOrMore, inYear), longTerm, shown(same, longTerm),
                pct(same, longTerm), reviewed, shown(without, reviewed), pct(without, reviewed));
    }

    private static Long shown(long count, long of) {
        return of < NationalInsight.SMALL_NUMBER ? null : count;
    }

    private static BigDecimal pct(long count, long of) {
        return of < NationalInsight.SMALL_NUMBER ? null
                : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
