package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hub and its councils learn from their placements: spend by financial year, each
 * council's weekly cost against the region per category and need level, savings against the
 * baseline fees the councils gave when pooling needs, the share of referrals placed through the
 * frameworks and the time from referral to placement. A hub commissioner sees every member
 * council; a council commissioner its own position against the region. Every figure states its
 * method on the page and in the API.
 */
@ApplicationScoped
public class InsightService {

    public static final String SPEND_METHOD = "Each placement's days in the financial year (1 April to 31 March), at its latest "
            + "weekly fee divided by 7; cancelled placements excluded.";
    public static final String DISTANCE_METHOD = "Children in placement today (started, not ended), by the distance between "
            + "the centroids of the child's home postcode district and the setting's: within 20 miles (32.2 km) or further, the "
            + "measure the Department for Education publishes for children looked after placed away from home.";
    static final BigDecimal TWENTY_MILES_KM = new BigDecimal("32.2");
    static final int YEARS = 5;
    static final int TOP_PROVIDERS = 10;
    public static final String BENCHMARK_METHOD = "Average weekly fee of placements agreed or started, per category and need level; "
            + "the region's average weighs every placement equally. Placements bought outside the frameworks (spot purchases) "
            + "are counted in, as what a council pays, and how many they are is shown beside each count.";
    public static final String SAVINGS_METHOD = "For each placement called off from a framework (spot purchases are not framework "
            + "savings and are left out): (baseline weekly fee - its weekly fee) x its weeks (start to end, "
            + "or planned end). The baseline is the council's own average baseline fee for the category and need level in the hub's "
            + "latest needs round (weighted by placements); where the council gave none, the region's. Placements with no baseline "
            + "at all are left out and counted.";
    public static final String PLACEMENT_SHARE_METHOD = "Placements agreed, started or ended that were called off from a "
            + "framework agreement, out of those and the placements councils recorded as bought outside the frameworks (spot purchases).";
    public static final String SHARE_METHOD = "Referrals placed through a framework agreement, out of referrals that closed "
            + "(placed, or closed without a placement and so left to a spot purchase); withdrawn referrals are left out.";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    Clock clock;

    public record LevelSpend(NeedLevel needLevel, String label, BigDecimal spend) implements Serializable {
    }

    /** A financial year's spend, by need level, and the part of it bought outside the frameworks (spot purchases). */
    public record YearSpend(String year, BigDecimal spend, List<LevelSpend> byNeedLevel, BigDecimal offFrameworkSpend)
            implements Serializable {
    }

    /** Spend in the current financial year of one council, category or provider. */
    public record NamedSpend(String name, BigDecimal spend) implements Serializable {
    }

    /** Children in placement today, by how far the setting is from home. */
    public record AreaCount(String councilName, long withinTwentyMiles, long furtherAway, long distanceUnknown) implements Serializable {
    }

    public record CouncilFee(String councilName, long placements, BigDecimal averageWeeklyFee) implements Serializable {
    }

    /**
     * A category's fees across the hub's councils. For a council, {@code suppressed} hides the
     * region's average and the council's position when fewer than 5 other councils' placements make them.
     */
    public record Benchmark(ServiceCategory category, String categoryLabel, NeedLevel needLevel, long placements,
                            long offFrameworkPlacements, boolean suppressed, BigDecimal regionAverage, BigDecimal yourAverage, Integer yourRank, int councils,
                            List<CouncilFee> byCouncil) implements Serializable {
    }

    public record CouncilSaving(String councilName, long placements, BigDecimal saving) implements Serializable {
    }

    public record Insight(String scope, List<YearSpend> spendByYear, String spendMethod, String currentYear,
                          List<NamedSpend> spendByCategory, List<NamedSpend> spendByCouncil, List<NamedSpend> spendByProvider,
                          List<AreaCount> placedByDistance, AreaCount placedByDistanceTotal, String distanceMethod, List<Benchmark> benchmarks,
                          String benchmarkMethod, List<CouncilSaving> savings, BigDecimal totalSaving, long placementsWithoutBaseline,
                          String savingsMethod, long referralsPlaced, long referralsUnplaced, BigDecimal frameworkShare,
                          String shareMethod, BigDecimal averageDaysToPlace, List<StabilityMeasures.Measures> stability,
                          String stabilityMethod, long frameworkPlacements, long offFrameworkPlacements, BigDecimal placementShare,
                          String placementShareMethod, java.time.Instant asOf) implements Serializable {
    }

    /** The snapshot scope of the national figures. */
    public static final String NATIONAL = "national";

    @Inject
    InsightSnapshots snapshots;

    /** The caller's figures, as stored since the last change they count (see {@link InsightSnapshots}). */
    @Transactional
    public Insight insight() {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        boolean hub = caller.has(Role.HUB_COMMISSIONER);
        long hubId = hub ? caller.organisationId() : parties.hubIdOf(caller.organisationId())
                .orElseThrow(() -> new ConflictException(caller.organisationName() + " is not a member of a hub."));
        Long council = hub ? null : caller.organisationId();
        String scope = hub ? "hub:" + hubId : "council:" + council;
        Insight found = snapshots.get(scope, () -> compute(hubId, council, caller.organisationName()));
        if (found.stability() == null || found.placementShareMethod() == null) { // stored before these were counted
            snapshots.forget(scope);
            found = snapshots.get(scope, () -> compute(hubId, council, caller.organisationName()));
        }
        return found;
    }

    /** Computes a scope's figures again (the refresh schedule): "hub:ID" or "council:ID". */
    @Transactional
    public void refresh(String scope) {
        long id = Long.parseLong(scope.substring(scope.indexOf(':') + 1));
        if (scope.startsWith("hub:")) {
            snapshots.get(scope, () -> compute(id, null, parties.nameOf(id)));
        } else {
            parties.hubIdOf(id).ifPresentOrElse(hubId -> snapshots.get(scope, () -> compute(hubId, id, parties.nameOf(id))),
                    () -> snapshots.forget(scope));
        }
    }

    private Insight compute(long hubId, Long council, String organisationName) {
        boolean hub = council == null;
        String scopeSql = council == null ? "p.hub_id = " + hubId : "p.council_id = " + council;
        Savings savings = savings(hubId, council);
        Spend spend = spend(scopeSql);
        List<AreaCount> distance = placedByDistance(hubId, council);
        long[] routes = routes(scopeSql);
        return new Insight(hub ? organisationName + " (all member councils)" : organisationName,
                spend.byYear(), SPEND_METHOD, spend.currentYear(), spend.byCategory(), hub ? spend.byCouncil() : List.of(),
                spendByProvider(hubId, council, spend.currentFrom(), spend.currentTo()), distance,
                new AreaCount("Total", distance.stream().mapToLong(AreaCount::withinTwentyMiles).sum(),
                        distance.stream().mapToLong(AreaCount::furtherAway).sum(), distance.stream().mapToLong(AreaCount::distanceUnknown).sum()),
                DISTANCE_METHOD, benchmarks(hubId, council), BENCHMARK_METHOD,
                savings.byCouncil(), total(savings.byCouncil()), savings.withoutBaseline(), SAVINGS_METHOD,
                referrals(council == null ? "r.hub_id = " + hubId : "r.council_id = " + council, "PLACED"),
                referrals(council == null ? "r.hub_id = " + hubId : "r.council_id = " + council, "UNPLACED"),
                share(council == null ? "r.hub_id = " + hubId : "r.council_id = " + council), SHARE_METHOD, daysToPlace(scopeSql),
                stability(hubId, council, organisationName), StabilityMeasures.METHOD, routes[0], routes[1],
                routes[0] + routes[1] == 0 ? null : BigDecimal.valueOf(routes[0] * 100)
                        .divide(BigDecimal.valueOf(routes[0] + routes[1]), 1, RoundingMode.HALF_UP),
                PLACEMENT_SHARE_METHOD, java.time.Instant.now(clock));
    }

    /**
     * The hub's children's stability, per council and in all: a hub reads every council's, a
     * council its own beside the region's (worked out from all the hub's placements).
     */
    @SuppressWarnings("unchecked")
    private List<StabilityMeasures.Measures> stability(long hubId, Long council, String organisationName) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        List<Object[]> spans = em.createNativeQuery("SELECT o.name, COALESCE(p.child_key, CONCAT('#', p.id)), p.start_date, "
                        + "CASE WHEN p.status = 'STARTED' THEN NULL ELSE p.ended_on END FROM placement p JOIN organisation o ON o.id = p.council_id "
                        + "WHERE p.hub_id = ? AND p.status IN ('STARTED', 'ENDED') AND p.start_date <= ?")
                .setParameter(1, hubId).setParameter(2, today).getResultList();
        List<Object[]> reviews = em.createNativeQuery("SELECT o.name, COUNT(*), SUM(r.moves_since_last = 0) FROM outcome_review r "
                        + "JOIN organisation o ON o.id = r.council_id WHERE r.hub_id = ? AND r.reviewed_on BETWEEN ? AND ? GROUP BY o.name")
                .setParameter(1, hubId).setParameter(2, today.minusYears(1).plusDays(1)).setParameter(3, today).getResultList();
        List<StabilityMeasures.Measures> all = StabilityMeasures.measure(
                spans.stream().map(r -> new StabilityMeasures.Span((String) r[0], (String) r[1], date(r[2]), r[3] == null ? null : date(r[3])))
                        .toList(),
                reviews.stream().map(r -> new StabilityMeasures.Reviews((String) r[0], count(r[1]), count(r[2]))).toList(),
                today, council == null ? "All member councils" : "The region (all member councils)");
        if (council == null) {
            return all;
        }
        List<StabilityMeasures.Measures> own = new ArrayList<>(all.stream().filter(m -> m.name().equals(organisationName)).toList());
        own.add(all.get(all.size() - 1));
        return own;
    }

    private static LocalDate date(Object column) {
        return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }

    private record Spend(List<YearSpend> byYear, String currentYear, LocalDate currentFrom, LocalDate currentTo,
                         List<NamedSpend> byCategory, List<NamedSpend> byCouncil) {
    }

    /**
     * Spend in the current financial year and the four before it, by need level, and the current
     * year's by category and council: one pass over the covering index, a column per year.
     */
    @SuppressWarnings("unchecked")
    private Spend spend(String scopeSql) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate[] from = new LocalDate[YEARS];
        LocalDate[] to = new LocalDate[YEARS];
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < YEARS; k++) {
            from[k] = LocalDate.of(current - YEARS + 1 + k, 4, 1);
            to[k] = from[k].plusYears(1).minusDays(1);
            columns.append(", SUM(p.weekly_fee / 7 * GREATEST(0, DATEDIFF(LEAST(COALESCE(p.ended_on, p.planned_end), '").append(to[k])
                    .append("'), GREATEST(p.start_date, '").append(from[k]).append("')) + 1))");
        }
        List<Object[]> rows = em.createNativeQuery("SELECT g.* , o.name FROM (SELECT p.category, p.need_level, p.council_id, "
                        + "p.referred_at IS NULL AS spot" + columns
                        + " FROM placement p WHERE " + scopeSql + " AND p.status IN ('AGREED', 'STARTED', 'ENDED') AND p.start_date <= ? "
                        + "AND COALESCE(p.ended_on, p.planned_end) >= ? GROUP BY p.category, p.need_level, p.council_id, spot) g "
                        + "JOIN organisation o ON o.id = g.council_id")
                .setParameter(1, to[YEARS - 1]).setParameter(2, from[0]).getResultList();
        BigDecimal[][] byLevel = new BigDecimal[YEARS][NeedLevel.values().length];
        BigDecimal[] offFramework = new BigDecimal[YEARS];
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        Map<String, BigDecimal> byCouncil = new java.util.TreeMap<>();
        for (Object[] r : rows) {
            int level = NeedLevel.valueOf((String) r[1]).ordinal();
            boolean spot = ((Number) r[3]).intValue() != 0;
            for (int k = 0; k < YEARS; k++) {
                BigDecimal value = r[4 + k] == null ? BigDecimal.ZERO : new BigDecimal(r[4 + k].toString());
                byLevel[k][level] = byLevel[k][level] == null ? value : byLevel[k][level].add(value);
                if (spot) {
                    offFramework[k] = offFramework[k] == null ? value : offFramework[k].add(value);
                }
            }
            BigDecimal now = r[4 + YEARS - 1] == null ? BigDecimal.ZERO : new BigDecimal(r[4 + YEARS - 1].toString());
            byCategory.merge(ServiceCategory.valueOf((String) r[0]).label(), now, BigDecimal::add);
            byCouncil.merge((String) r[4 + YEARS], now, BigDecimal::add);
        }
        List<YearSpend> years = new ArrayList<>();
        for (int k = 0; k < YEARS; k++) {
            List<LevelSpend> levels = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (NeedLevel level : NeedLevel.values()) {
                BigDecimal value = money(byLevel[k][level.ordinal()]);
                levels.add(new LevelSpend(level, level.label(), value));
                total = total.add(value);
            }
            years.add(new YearSpend(financialYear(from[k].getYear()), total, levels, money(offFramework[k])));
        }
        return new Spend(years, financialYear(current), from[YEARS - 1], to[YEARS - 1], named(byCategory), named(byCouncil));
    }

    private static String financialYear(int startYear) {
        return startYear + "-" + String.valueOf(startYear + 1).substring(2);
    }

    private static List<NamedSpend> named(Map<String, BigDecimal> spend) {
        List<NamedSpend> list = new ArrayList<>();
        spend.forEach((name, value) -> list.add(new NamedSpend(name, money(value))));
        list.sort(Comparator.comparing(NamedSpend::spend).reversed());
        return list;
    }

    /** The providers paid most in the current financial year, and all the others together. */
    @SuppressWarnings("unchecked")
    private List<NamedSpend> spendByProvider(long hubId, Long council, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.name, g.spend FROM (SELECT p.provider_id, SUM(p.weekly_fee / 7 * "
                        + "(DATEDIFF(LEAST(COALESCE(p.ended_on, p.planned_end), ?), GREATEST(p.start_date, ?)) + 1)) spend FROM placement p "
                        + byProviderIndex(hubId, council)
                        + " AND p.status IN ('AGREED', 'STARTED', 'ENDED') AND p.start_date <= ? AND COALESCE(p.ended_on, p.planned_end) >= ? "
                        + "GROUP BY p.provider_id) g JOIN organisation o ON o.id = g.provider_id ORDER BY g.spend DESC")
                .setParameter(1, to).setParameter(2, from).setParameter(3, to).setParameter(4, from).getResultList();
        List<NamedSpend> list = new ArrayList<>();
        BigDecimal others = BigDecimal.ZERO;
        for (int k = 0; k < rows.size(); k++) {
            if (k < TOP_PROVIDERS) {
                list.add(new NamedSpend((String) rows.get(k)[0], money(rows.get(k)[1])));
            } else {
                others = others.add(money(rows.get(k)[1]));
            }
        }
        if (rows.size() > TOP_PROVIDERS) {
            list.add(new NamedSpend("All " + (rows.size() - TOP_PROVIDERS) + " other providers", others));
        }
        return list;
    }

    /** The scope read through the per-provider covering index (its fees, dates and distances are in it). */
    private static String byProviderIndex(long hubId, Long council) {
        return council == null ? "FORCE INDEX (ix_placement_hub_provider) WHERE p.hub_id = " + hubId
                : "FORCE INDEX (ix_placement_council_provider) WHERE p.council_id = " + council;
    }

    /** Children in placement today within 20 miles of home and further, per council. */
    @SuppressWarnings("unchecked")
    private List<AreaCount> placedByDistance(long hubId, Long council) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        List<Object[]> rows = em.createNativeQuery("SELECT o.name, g.within, g.beyond, g.unknown FROM (SELECT p.council_id, "
                        + "SUM(p.distance_km <= ?) within, SUM(p.distance_km > ?) beyond, SUM(p.distance_km IS NULL) unknown FROM placement p "
                        + byProviderIndex(hubId, council)
                        + " AND p.status = 'STARTED' AND p.start_date <= ? AND COALESCE(p.ended_on, p.planned_end) >= ? GROUP BY p.council_id) g "
                        + "JOIN organisation o ON o.id = g.council_id ORDER BY o.name")
                .setParameter(1, TWENTY_MILES_KM).setParameter(2, TWENTY_MILES_KM).setParameter(3, today).setParameter(4, today)
                .getResultList();
        return rows.stream().map(r -> new AreaCount((String) r[0], count(r[1]), count(r[2]), count(r[3]))).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Benchmark> benchmarks(long hubId, Long council) {
        // Grouped from the covering index first; the few groups then get their council's name.
        List<Object[]> rows = em.createNativeQuery("SELECT g.category, g.need_level, g.council_id, o.name, g.n, g.average, g.spot FROM "
                        + "(SELECT p.category, p.need_level, p.council_id, COUNT(*) n, AVG(p.weekly_fee) average, "
                        + "SUM(p.referred_at IS NULL) spot FROM placement p "
                        + "WHERE p.hub_id = ? AND p.status IN ('AGREED', 'STARTED') GROUP BY p.category, p.need_level, p.council_id) g "
                        + "JOIN organisation o ON o.id = g.council_id ORDER BY g.category, g.need_level")
                .setParameter(1, hubId).getResultList();
        Map<String, List<Object[]>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(r));
        List<Benchmark> benchmarks = new ArrayList<>();
        for (List<Object[]> group : byKey.values()) {
            long placements = 0;
            long spot = 0;
            BigDecimal total = BigDecimal.ZERO;
            List<CouncilFee> councils = new ArrayList<>();
            BigDecimal yours = null;
            long ownPlacements = 0;
            for (Object[] r : group) {
                long n = ((Number) r[4]).longValue();
                BigDecimal average = money(r[5]);
                placements += n;
                spot += ((Number) r[6]).longValue();
                total = total.add(average.multiply(BigDecimal.valueOf(n)));
                councils.add(new CouncilFee((String) r[3], n, average));
                if (council != null && ((Number) r[2]).longValue() == council) {
                    yours = average;
                    ownPlacements = n;
                }
            }
            councils.sort(Comparator.comparing(CouncilFee::averageWeeklyFee));
            Integer rank = null;
            if (yours != null) {
                BigDecimal mine = yours;
                rank = (int) councils.stream().filter(c -> c.averageWeeklyFee().compareTo(mine) < 0).count() + 1;
            }
            if (council != null && yours == null) {
                continue; // a council sees the categories it places in
            }
            // A council reading the region's figures: hidden when fewer than 5 placements of other councils make them.
            boolean few = council != null && placements - ownPlacements < NationalInsight.SMALL_NUMBER;
            ServiceCategory category = ServiceCategory.valueOf((String) group.get(0)[0]);
            benchmarks.add(new Benchmark(category, category.label(), NeedLevel.valueOf((String) group.get(0)[1]), placements, spot, few,
                    few ? null : total.divide(BigDecimal.valueOf(placements), 2, RoundingMode.HALF_UP), yours, few ? null : rank,
                    councils.size(), council == null ? councils : List.of()));
        }
        return benchmarks;
    }

    /** Baseline weekly fees from the hub's latest needs round: per council, and the region's, per category and need level. */
    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> baselines(long hubId) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.council_id, l.category, l.need_level, SUM(l.placements * l.baseline_weekly_fee), "
                        + "SUM(l.placements) FROM need_line l JOIN needs_submission s ON s.id = l.submission_id JOIN needs_round r ON r.id = s.round_id "
                        + "WHERE r.hub_id = ? AND s.status = 'SUBMITTED' AND r.planning_year = (SELECT MAX(r2.planning_year) FROM needs_round r2 "
                        + "JOIN needs_submission s2 ON s2.round_id = r2.id WHERE r2.hub_id = ? AND s2.status = 'SUBMITTED') "
                        + "GROUP BY s.council_id, l.category, l.need_level")
                .setParameter(1, hubId).setParameter(2, hubId).getResultList();
        Map<String, BigDecimal> baselines = new HashMap<>();
        Map<String, BigDecimal[]> region = new HashMap<>();
        for (Object[] r : rows) {
            BigDecimal value = money(r[3]);
            BigDecimal count = new BigDecimal(r[4].toString());
            if (count.signum() > 0) {
                baselines.put(r[0] + "/" + r[1] + "/" + r[2], value.divide(count, 2, RoundingMode.HALF_UP));
                region.merge(r[1] + "/" + r[2], new BigDecimal[]{value, count}, (a, b) -> new BigDecimal[]{a[0].add(b[0]), a[1].add(b[1])});
            }
        }
        region.forEach((k, v) -> baselines.put("region/" + k, v[0].divide(v[1], 2, RoundingMode.HALF_UP)));
        return baselines;
    }

    /** Placement weeks and fee-weeks per council, category and need level. */
    @SuppressWarnings("unchecked")
    private List<Object[]> placementWeeks(long hubId, Long council) {
        return em.createNativeQuery("SELECT g.council_id, o.name, g.category, g.need_level, g.n, g.weeks, g.fee_weeks FROM "
                        + "(SELECT p.council_id, p.category, p.need_level, COUNT(*) n, "
                        + "SUM((DATEDIFF(COALESCE(p.ended_on, p.planned_end), p.start_date) + 1) / 7) weeks, "
                        + "SUM(p.weekly_fee * (DATEDIFF(COALESCE(p.ended_on, p.planned_end), p.start_date) + 1) / 7) fee_weeks "
                        + "FROM placement p WHERE " + (council == null ? "p.hub_id = " + hubId : "p.council_id = " + council)
                        + " AND p.status IN ('AGREED', 'STARTED', 'ENDED') AND p.referred_at IS NOT NULL "
                        + "GROUP BY p.council_id, p.category, p.need_level) g "
                        + "JOIN organisation o ON o.id = g.council_id")
                .getResultList();
    }

    private record Savings(List<CouncilSaving> byCouncil, long withoutBaseline) {
    }

    private Savings savings(long hubId, Long council) {
        Map<String, BigDecimal> baselines = baselines(hubId);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        long without = 0;
        for (Object[] r : placementWeeks(hubId, council)) {
            BigDecimal baseline = baselines.getOrDefault(r[0] + "/" + r[2] + "/" + r[3], baselines.get("region/" + r[2] + "/" + r[3]));
            if (baseline == null) {
                without += ((Number) r[4]).longValue();
                continue;
            }
            String name = (String) r[1];
            BigDecimal saving = baseline.multiply(money(r[5])).subtract(money(r[6]));
            sums.merge(name, saving, BigDecimal::add);
            counts.computeIfAbsent(name, k -> new long[1])[0] += ((Number) r[4]).longValue();
        }
        List<CouncilSaving> savings = new ArrayList<>();
        sums.forEach((name, saving) -> savings.add(new CouncilSaving(name, counts.get(name)[0], saving.setScale(2, RoundingMode.HALF_UP))));
        savings.sort(Comparator.comparing(CouncilSaving::councilName));
        return new Savings(savings, without);
    }

    private static BigDecimal total(List<CouncilSaving> savings) {
        return savings.stream().map(CouncilSaving::saving).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private long referrals(String scopeSql, String status) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM referral r WHERE " + scopeSql + " AND r.status = ?")
                .setParameter(1, status).getSingleResult()).longValue();
    }

    private BigDecimal share(String scopeSql) {
        long placed = referrals(scopeSql, "PLACED");
        long unplaced = referrals(scopeSql, "UNPLACED");
        return placed + unplaced == 0 ? null
                : BigDecimal.valueOf(placed * 100).divide(BigDecimal.valueOf(placed + unplaced), 1, RoundingMode.HALF_UP);
    }

    /**
     * Placements agreed, started or ended, called off from a framework and bought outside them. A
     * call-off always has a referral and an off-framework placement never does, so the covering
     * insight indexes tell them apart by {@code referred_at}.
     */
    private long[] routes(String scopeSql) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(p.referred_at IS NOT NULL), 0), COALESCE(SUM(p.referred_at IS NULL), 0) "
                + "FROM placement p WHERE " + scopeSql + " AND p.status IN ('AGREED', 'STARTED', 'ENDED')").getSingleResult();
        return new long[]{((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    private BigDecimal daysToPlace(String scopeSql) {
        Object average = em.createNativeQuery("SELECT AVG(TIMESTAMPDIFF(MINUTE, p.referred_at, p.agreed_at)) / 1440 FROM placement p "
                + "WHERE " + scopeSql + " AND p.status IN ('AGREED', 'STARTED', 'ENDED')").getSingleResult();
        return average == null ? null : new BigDecimal(average.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
