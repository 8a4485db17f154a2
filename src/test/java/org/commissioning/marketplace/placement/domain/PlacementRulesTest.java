package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.placement.domain.Matching.Candidate;
import org.commissioning.marketplace.placement.domain.Matching.Exclusion;
import org.commissioning.marketplace.placement.domain.Matching.Need;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The funding split and each matching rule, one by one. */
class PlacementRulesTest {

    // Bolton town centre (BL1) and places around it.
    static final double BOLTON_LAT = 53.578, BOLTON_LON = -2.429;
    static final Need NEED = new Need(ServiceCategory.FOSTERING_STANDARD, NeedLevel.STANDARD, Set.of("sibling-group"),
            BOLTON_LAT, BOLTON_LON, 30);

    static Candidate candidate(long id, Integer rank, String status, OfstedJudgement judgement, Set<String> tags, int vacancies,
                               double lat, double lon) {
        return new Candidate(id, id * 10, "Provider " + id, ServiceCategory.FOSTERING_STANDARD, Set.of(NeedLevel.STANDARD),
                status, rank, judgement, true, tags, vacancies, lat, lon);
    }

    @Test
    void theFundingSplitAddsUpToExactlyOneHundred() {
        FundingSplit split = new FundingSplit(new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("15"));
        Map<String, BigDecimal> shares = split.shares(new BigDecimal("1000.00"));
        assertEquals(new BigDecimal("600.00"), shares.get("socialCare"));
        assertEquals(new BigDecimal("250.00"), shares.get("education"));
        assertEquals(new BigDecimal("150.00"), shares.get("health"));
        // Rounding never loses a penny: the shares always add up to the fee.
        FundingSplit thirds = new FundingSplit(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertEquals(new BigDecimal("1000.01"), thirds.shares(new BigDecimal("1000.01")).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        InvalidInputException short99 = assertThrows(InvalidInputException.class,
                () -> new FundingSplit(new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("14")));
        assertTrue(short99.fieldErrors().get("funding").contains("adds up to 99%"));
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> new FundingSplit(new BigDecimal("110"), new BigDecimal("-10"), BigDecimal.ZERO));
        assertTrue(negative.fieldErrors().containsKey("socialCare") && negative.fieldErrors().containsKey("education"));
        assertThrows(InvalidInputException.class, () -> new FundingSplit(null, BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(new BigDecimal("100"), FundingSplit.socialCareOnly().socialCare());
    }

    @Test
    void eachExclusionHasItsReason() {
        Set<String> tags = Set.of("sibling-group", "disability");
        Candidate fits = candidate(1, 2, "ACTIVE", OfstedJudgement.GOOD, tags, 1, 53.545, -2.633);       // Wigan, ~14 km
        Candidate offLot = new Candidate(2, 20, "Provider 2", ServiceCategory.RESIDENTIAL_SOLO, Set.of(NeedLevel.STANDARD),
                "ACTIVE", 1, OfstedJudgement.GOOD, true, tags, 1, BOLTON_LAT, BOLTON_LON);
        Candidate otherLevel = new Candidate(3, 30, "Provider 3", ServiceCategory.FOSTERING_STANDARD, Set.of(NeedLevel.COMPLEX),
                "ACTIVE", 1, OfstedJudgement.GOOD, true, tags, 1, BOLTON_LAT, BOLTON_LON);
        Candidate suspended = candidate(4, 1, "SUSPENDED", OfstedJudgement.GOOD, tags, 1, BOLTON_LAT, BOLTON_LON);
        Candidate inadequate = candidate(5, 1, "ACTIVE", OfstedJudgement.INADEQUATE, tags, 1, BOLTON_LAT, BOLTON_LON);
        Candidate unregistered = candidate(6, 1, "ACTIVE", OfstedJudgement.GOOD, Set.of("disability"), 1, BOLTON_LAT, BOLTON_LON);
        Candidate full = candidate(7, 1, "ACTIVE", OfstedJudgement.OUTSTANDING, tags, 0, BOLTON_LAT, BOLTON_LON);
        Candidate leeds = candidate(8, 1, "ACTIVE", OfstedJudgement.GOOD, tags, 2, 53.800, -1.549);         // ~62 km
        Candidate nearer = candidate(9, 2, "ACTIVE", OfstedJudgement.NOT_YET_INSPECTED, tags, 1, 53.580, -2.430);
        Candidate cancelled = new Candidate(11, 110, "Provider 11", ServiceCategory.FOSTERING_STANDARD, Set.of(NeedLevel.STANDARD),
                "ACTIVE", 1, OfstedJudgement.GOOD, false, tags, 2, BOLTON_LAT, BOLTON_LON);
        Candidate best = candidate(10, 1, "ACTIVE", OfstedJudgement.REQUIRES_IMPROVEMENT, tags, 3, 53.483, -2.244); // Manchester, ~17 km

        Matching.Result result = Matching.match(NEED, List.of(fits, offLot, otherLevel, suspended, inadequate, unregistered, full,
                leeds, nearer, best, cancelled));
        assertEquals(List.of(10L, 9L, 1L), result.fits().stream().map(f -> f.candidate().providerId()).toList(),
                "rank order first, then the nearest");
        Map<Long, Exclusion> why = new java.util.HashMap<>();
        result.excluded().forEach(x -> why.put(x.candidate().providerId(), x.exclusion()));
        assertEquals(Map.of(2L, Exclusion.NOT_ON_AGREEMENT, 3L, Exclusion.NOT_ON_AGREEMENT, 4L, Exclusion.NOT_ACTIVE,
                5L, Exclusion.INADEQUATE, 6L, Exclusion.NOT_REGISTERED, 7L, Exclusion.NO_VACANCY, 8L, Exclusion.TOO_FAR,
                11L, Exclusion.NOT_ACTIVELY_REGISTERED), why);
        assertEquals("further away than the maximum distance", Exclusion.TOO_FAR.reason());
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        double boltonToLeeds = Matching.distanceKm(BOLTON_LAT, BOLTON_LON, 53.800, -1.549);
        assertTrue(boltonToLeeds > 60 && boltonToLeeds < 64, String.valueOf(boltonToLeeds));
        assertEquals(0.0, Matching.distanceKm(BOLTON_LAT, BOLTON_LON, BOLTON_LAT, BOLTON_LON), 1e-9);
    }
}
