package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.evaluation.domain.LotRanking.Criterion;
import org.commissioning.marketplace.evaluation.domain.LotRanking.Entry;
import org.commissioning.marketplace.evaluation.domain.LotRanking.Ranked;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.WorkingDays;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples of scoring, ranking and the award's lawful steps. */
class EvaluationTest {

    private static final List<Criterion> CRITERIA = List.of(new Criterion(1, 50, 10), new Criterion(2, 10, 5));
    private static final Instant T0 = Instant.parse("2027-01-10T12:00:00Z");

    private static Entry entry(long bid, String quality, String social, String basket, int secondsAfter) {
        return new Entry(bid, 100 + bid, Map.of(1L, new BigDecimal(quality), 2L, new BigDecimal(social)),
                new BigDecimal(basket), T0.plusSeconds(secondsAfter));
    }

    @Test
    void priceIsComputedFromTheLowestBasketAndRanksFollowTheWeightedTotals() {
        // Quality 50% (out of 10), social value 10% (out of 5), price 40%.
        // A: 8/10, 4/5 -> 40 + 8 = 48; price 800/1000 x 40 = 32; total 80.
        // B: 9/10, 5/5 -> 45 + 10 = 55; price 800/1250 x 40 = 25.6; total 80.6.
        // C: 7/10, 3/5 -> 35 + 6 = 41; lowest price, 40; total 81.
        List<Ranked> ranked = LotRanking.rank(CRITERIA, 40, List.of(
                entry(1, "8", "4", "1000.00", 1), entry(2, "9", "5", "1250.00", 2), entry(3, "7", "3", "800.00", 3)));
        assertEquals(List.of(3L, 2L, 1L), ranked.stream().map(Ranked::bidId).toList());
        assertEquals(new BigDecimal("81.00"), ranked.get(0).total());
        assertEquals(new BigDecimal("25.60"), ranked.get(1).priceScore());
        assertEquals(new BigDecimal("55.00"), ranked.get(1).qualityScore());
        assertEquals(new BigDecimal("80.00"), ranked.get(2).total());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(Ranked::rank).toList());
    }

    @Test
    void tiesGoToTheHigherQualityThenTheLowerPriceThenTheEarlierSubmission() {
        // D: quality 50 + price 30 = 80; E: quality 40 + price 40 = 80. D has the higher quality.
        List<Ranked> quality = LotRanking.rank(CRITERIA, 40, List.of(
                entry(5, "8", "0", "750.00", 1), entry(4, "10", "0", "1000.00", 2)));
        assertEquals(List.of(4L, 5L), quality.stream().map(Ranked::bidId).toList());
        // Identical marks and prices: the earlier submission ranks first.
        List<Ranked> time = LotRanking.rank(CRITERIA, 40, List.of(
                entry(7, "6", "3", "900.00", 20), entry(6, "6", "3", "900.00", 10)));
        assertEquals(List.of(6L, 7L), time.stream().map(Ranked::bidId).toList());
    }

    @Test
    void aBasketWeighsEachNeedLevelsFeeByThePooledDemand() {
        PriceBasket basket = new PriceBasket(Map.of(NeedLevel.STANDARD, new BigDecimal("30"), NeedLevel.COMPLEX, new BigDecimal("10")));
        assertEquals(new BigDecimal("1000.00"), basket.cost(Map.of(NeedLevel.STANDARD, new BigDecimal("900.00"),
                NeedLevel.COMPLEX, new BigDecimal("1300.00"))));
        assertThrows(InvalidInputException.class, () -> basket.cost(Map.of(NeedLevel.STANDARD, new BigDecimal("900.00"))));
        assertThrows(InvalidInputException.class, () -> new PriceBasket(Map.of(NeedLevel.STANDARD, BigDecimal.ZERO)));
    }

    @Test
    void wideDisagreementsBetweenEvaluatorsAreFlagged() {
        BigDecimal quarter = new BigDecimal("0.25");
        assertTrue(LotRanking.wideDisagreement(List.of(new BigDecimal("3"), new BigDecimal("7")), 10, quarter));
        assertFalse(LotRanking.wideDisagreement(List.of(new BigDecimal("6"), new BigDecimal("8")), 10, quarter));
        assertFalse(LotRanking.wideDisagreement(List.of(new BigDecimal("1")), 10, quarter));
    }

    private static final WorkingDays CALENDAR = new WorkingDays(Set.of(), Set.of());

    @Test
    void anAwardNeedsASecondCommissionerAndEndsStandstillOnTheCalendar() {
        AwardDecision award = new AwardDecision("first@hub.example");
        assertThrows(ConflictException.class, () -> award.approve("FIRST@hub.example", T0, CALENDAR, 8), "four eyes");
        assertEquals(AwardStatus.PROPOSED, award.status());
        // Approved on Thursday 18 December 2025: eight working days end at midnight after 31 December.
        Instant approved = Instant.parse("2025-12-18T10:00:00Z");
        award.approve("second@hub.example", approved, CALENDAR, 8);
        assertEquals(AwardStatus.STANDSTILL, award.status());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), award.standstillEndsAt());
        assertFalse(award.finishStandstill(Instant.parse("2025-12-31T23:59:59Z")), "not before standstill ends");
        assertTrue(award.finishStandstill(Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals(AwardStatus.FINAL, award.status());
        assertThrows(InvalidTransitionException.class, () -> award.approve("third@hub.example", approved, CALENDAR, 8));
    }

    @Test
    void aChallengeSuspendsTheAwardUntilTheHubRecordsItsOutcome() {
        AwardDecision award = new AwardDecision("first@hub.example");
        award.approve("second@hub.example", Instant.parse("2026-03-02T10:00:00Z"), CALENDAR, 8);
        award.challenge(Instant.parse("2026-03-05T10:00:00Z"));
        assertEquals(AwardStatus.SUSPENDED, award.status());
        assertFalse(award.finishStandstill(Instant.parse("2026-04-01T00:00:00Z")), "a suspended award does not become final");
        award.challengeOutcome(false, Instant.parse("2026-04-01T00:00:00Z"));
        assertEquals(AwardStatus.FINAL, award.status(), "dismissed after standstill ended: final");

        AwardDecision upheld = new AwardDecision("first@hub.example");
        upheld.approve("second@hub.example", Instant.parse("2026-03-02T10:00:00Z"), CALENDAR, 8);
        assertThrows(ConflictException.class, () -> upheld.challenge(Instant.parse("2026-03-20T10:00:00Z")), "not after standstill");
        upheld.challenge(Instant.parse("2026-03-03T10:00:00Z"));
        upheld.challengeOutcome(true, Instant.parse("2026-03-04T10:00:00Z"));
        assertEquals(AwardStatus.WITHDRAWN, upheld.status());
        assertThrows(InvalidInputException.class, () -> new AwardDecision("a@x").approve("b@x", T0, CALENDAR, 7),
                "at least 8 working days");
        assertEquals(LocalDate.parse("2026-03-12"), CALENDAR.lastDayOf(LocalDate.parse("2026-03-03"), 8));
    }

    @Test
    void eachLotStatesItsPriceFormula() {
        var ratio = org.commissioning.marketplace.tendering.domain.PriceFormula.LOWEST_PRICE_RATIO;
        var linear = org.commissioning.marketplace.tendering.domain.PriceFormula.LINEAR_FROM_LOWEST;
        assertEquals(new BigDecimal("32.0000"), ratio.marks(new BigDecimal("800"), new BigDecimal("1000"), 40));
        // 25% above the lowest loses 25% of the marks; twice the lowest or more scores nothing.
        assertEquals(new BigDecimal("30.0000"), linear.marks(new BigDecimal("800"), new BigDecimal("1000"), 40));
        assertEquals(new BigDecimal("0.0000"), linear.marks(new BigDecimal("800"), new BigDecimal("1700"), 40));
        assertEquals(new BigDecimal("40.0000"), linear.marks(new BigDecimal("800"), new BigDecimal("800"), 40));
        List<Ranked> ranked = LotRanking.rank(CRITERIA, 40, linear, List.of(
                entry(1, "8", "4", "1000.00", 1), entry(3, "7", "3", "800.00", 3)));
        assertEquals(new BigDecimal("30.00"), ranked.stream().filter(r -> r.bidId() == 1).findFirst().orElseThrow().priceScore());
    }
}
