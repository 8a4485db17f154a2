package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.tendering.domain.PriceFormula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking of one lot's bids. Quality and social value marks are the moderated scores, scaled:
 * score / maximum marks x the criterion's weight. The price mark is computed by the lot's
 * {@link PriceFormula}, never typed in (by default lowest basket cost / this bid's basket cost x
 * the price weight). Totals are out of 100.
 *
 * <p>Ties are broken by the rule the tender states: the higher quality (non-price) total first,
 * then the lower basket cost, then the earlier submission.
 */
public final class LotRanking {

    /** A quality or social value criterion of the lot: its id, weight (%) and maximum marks. */
    public record Criterion(long id, int weight, int maxMarks) {
    }

    /** One bid still in the competition: its moderated marks per criterion id and its basket cost. */
    public record Entry(long bidId, long providerId, Map<Long, BigDecimal> moderatedMarks, BigDecimal basketCost,
                        Instant submittedAt) {
    }

    /** A ranked bid with the marks that put it there. */
    public record Ranked(int rank, long bidId, long providerId, BigDecimal qualityScore, BigDecimal priceScore,
                         BigDecimal total, BigDecimal basketCost) {
    }

    public static final String TIE_BREAK = "Ties are broken by the higher quality score, then the lower price, "
            + "then the earlier submission.";

    private LotRanking() {
    }

    public static List<Ranked> rank(List<Criterion> criteria, int priceWeight, List<Entry> entries) {
        return rank(criteria, priceWeight, PriceFormula.LOWEST_PRICE_RATIO, entries);
    }

    /** With the price formula the lot states. */
    public static List<Ranked> rank(List<Criterion> criteria, int priceWeight, PriceFormula formula, List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        BigDecimal lowest = entries.stream().map(Entry::basketCost).min(Comparator.naturalOrder()).orElseThrow();
        List<Ranked> scored = new ArrayList<>();
        for (Entry e : entries) {
            BigDecimal quality = BigDecimal.ZERO;
            for (Criterion c : criteria) {
                BigDecimal marks = e.moderatedMarks().get(c.id());
                if (marks == null) {
                    throw new IllegalStateException("Bid " + e.bidId() + " has no moderated score for criterion " + c.id() + ".");
                }
                quality = quality.add(marks.multiply(BigDecimal.valueOf(c.weight()))
                        .divide(BigDecimal.valueOf(c.maxMarks()), 4, RoundingMode.HALF_UP));
            }
            BigDecimal price = formula.marks(lowest, e.basketCost(), priceWeight);
            scored.add(new Ranked(0, e.bidId(), e.providerId(), quality.setScale(2, RoundingMode.HALF_UP),
                    price.setScale(2, RoundingMode.HALF_UP), quality.add(price).setScale(2, RoundingMode.HALF_UP), e.basketCost()));
        }
        Map<Long, Instant> submitted = new java.util.HashMap<>();
        entries.forEach(e -> submitted.put(e.bidId(), e.submittedAt()));
        scored.sort(Comparator.comparing(Ranked::total).reversed()
                .thenComparing(Comparator.comparing(Ranked::qualityScore).reversed())
                .thenComparing(Ranked::basketCost)
                .thenComparing(r -> submitted.get(r.bidId())));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            ranked.add(new Ranked(i + 1, r.bidId(), r.providerId(), r.qualityScore(), r.priceScore(), r.total(), r.basketCost()));
        }
        return ranked;
    }

    /**
     * Whether evaluators' independent scores for one answer disagree widely: the spread (highest
     * minus lowest) is more than {@code spreadFlag} of the maximum marks.
     */
    public static boolean wideDisagreement(List<BigDecimal> scores, int maxMarks, BigDecimal spreadFlag) {
        if (scores.size() < 2) {
            return false;
        }
        BigDecimal spread = scores.stream().max(Comparator.naturalOrder()).orElseThrow()
                .subtract(scores.stream().min(Comparator.naturalOrder()).orElseThrow());
        return spread.compareTo(spreadFlag.multiply(BigDecimal.valueOf(maxMarks))) > 0;
    }
}
