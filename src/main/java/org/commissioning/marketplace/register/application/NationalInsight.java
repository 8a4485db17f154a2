package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every hub side by side: councils, children in placement today, this financial year's spend,
 * average weekly fees per category, the share placed through frameworks and the time to place.
 * Aggregates only (no council's or child's figures), for any hub or council commissioner: how a
 * region compares nationally. Kept as a snapshot like the other dashboards, but worked out again
 * at most every {@code marketplace.insight.national-max-age-minutes} (10) after changes.
 */
@ApplicationScoped
public class NationalInsight {

    public static final String METHOD = "Spend: each placement's days in the current financial year at its latest weekly fee "
            + "divided by 7. Average weekly fee: placements agreed or started. Framework share: referrals placed out of those "
            + "closed. Time to place: referral to agreement, placements agreed, started or ended.";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    InsightSnapshots snapshots;

    @Inject
    Clock clock;

    /**
     * Computing every hub's figures reads every placement's index entry (seconds at national scale),
     * so after a change they are served for up to this long before being worked out again.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "marketplace.insight.national-max-age-minutes", defaultValue = "10")
    int maxAgeMinutes;

    public java.time.Duration maxAge() {
        return java.time.Duration.ofMinutes(maxAgeMinutes);
    }

    /**
     * Fewer placements than this behind a figure that crosses councils, and the figure is not shown
     * ("fewer than 5"): one placement's fee or cost would otherwise be readable by every council.
     */
    public static final int SMALL_NUMBER = 5;

    /** A category's average weekly fee; null, and {@code suppressed}, when fewer than 5 placements make it. */
    public record CategoryFee(ServiceCategory category, String label, boolean suppressed, BigDecimal averageWeeklyFee) implements Serializable {
    }

    /**
     * A hub's figures. When fewer than 5 placements lie behind them, {@code suppressed} is true and
     * the children, spend and time to place are null (shown as "fewer than 5").
     */
    public record HubFigures(long hubId, String hubName, long councils, boolean suppressed, Long childrenInPlacement,
                             BigDecimal spendThisYear, List<CategoryFee> fees, BigDecimal frameworkShare,
                             BigDecimal averageDaysToPlace) implements Serializable {
        static HubFigures of(long hubId, String hubName, long councils, long placements, long children, BigDecimal spend,
                             List<CategoryFee> fees, BigDecimal frameworkShare, BigDecimal averageDaysToPlace) {
            boolean few = placements > 0 && placements < SMALL_NUMBER;
            return new HubFigures(hubId, hubName, councils, few, few ? null : children, few ? null : spend, fees, frameworkShare,
                    few ? null : averageDaysToPlace);
        }

        /** Whether a category's fee is hidden because fewer than 5 placements make it. */
        public boolean feeSuppressed(ServiceCategory category) {
            return fees.stream().anyMatch(f -> f.category() == category && f.suppressed());
        }

        /** The average weekly fee of a category, or null when the hub has no such placements. */
        public BigDecimal fee(ServiceCategory category) {
            return fees.stream().filter(f -> f.category() == category).map(CategoryFee::averageWeeklyFee).findFirst().orElse(null);
        }
    }

    public record National(String financialYear, List<HubFigures> hubs, HubFigures total, List<ServiceCategory> categories,
                           String method, Instant asOf) implements Serializable {
    }

    @Transactional
    public National national() {
        parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        return snapshots.get(InsightService.NATIONAL, maxAge(), this::compute);
    }

    @Transactional
    public void refresh() {
        snapshots.get(InsightService.NATIONAL, maxAge(), this::compute);
    }

    @SuppressWarnings("unchecked")
    National compute() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        Map<Long, Object[]> hubs = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT h.id, o.name, (SELECT COUNT(*) FROM hub_membership m WHERE "
                + "m.hub_id = h.id AND m.left_on IS NULL) FROM hub h JOIN organisation o ON o.id = h.id ORDER BY o.name").getResultList()) {
            hubs.put(((Number) r[0]).longValue(), r);
        }
        Map<Long, Object[]> placements = byHub(em.createNativeQuery("SELECT p.hub_id, "
                        + "SUM(CASE WHEN p.status = 'STARTED' AND p.start_date <= ?1 AND COALESCE(p.ended_on, p.planned_end) >= ?1 THEN 1 ELSE 0 END), "
                        + "SUM(p.weekly_fee / 7 * GREATEST(0, DATEDIFF(LEAST(COALESCE(p.ended_on, p.planned_end), ?2), GREATEST(p.start_date, ?3)) + 1)), "
                        + "AVG(TIMESTAMPDIFF(MINUTE, p.referred_at, p.agreed_at)) / 1440, "
                        + "SUM(TIMESTAMPDIFF(MINUTE, p.referred_at, p.agreed_at)), COUNT(p.referred_at), COUNT(*) "
                        + "FROM placement p WHERE p.status IN ('AGREED', 'STARTED', 'ENDED') GROUP BY p.hub_id")
                .setParameter(1, today).setParameter(2, to).setParameter(3, from).getResultList());
        Map<Long, Map<ServiceCategory, long[]>> counts = new LinkedHashMap<>();
        Map<Long, Map<ServiceCategory, BigDecimal>> sums = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT p.hub_id, p.category, COUNT(*), SUM(p.weekly_fee) FROM placement p "
                + "WHERE p.status IN ('AGREED', 'STARTED') GROUP BY p.hub_id, p.category").getResultList()) {
            long hub = ((Number) r[0]).longValue();
            ServiceCategory category = ServiceCategory.valueOf((String) r[1]);
            counts.computeIfAbsent(hub, k -> new EnumMap<>(ServiceCategory.class)).put(category, new long[]{((Number) r[2]).longValue()});
            sums.computeIfAbsent(hub, k -> new EnumMap<>(ServiceCategory.class)).put(category, new BigDecimal(r[3].toString()));
        }
        Map<Long, long[]> referrals = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT r.hub_id, SUM(r.status = 'PLACED'), SUM(r.status = 'UNPLACED') "
                + "FROM referral r WHERE r.status IN ('PLACED', 'UNPLACED') GROUP BY r.hub_id").getResultList()) {
            referrals.put(((Number) r[0]).longValue(), new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<HubFigures> figures = new ArrayList<>();
        long councils = 0;
        long children = 0;
        BigDecimal spend = BigDecimal.ZERO;
        long placed = 0;
        long unplaced = 0;
        BigDecimal minutes = BigDecimal.ZERO;
        long timed = 0;
        long all = 0;
        Map<ServiceCategory, long[]> allCounts = new EnumMap<>(ServiceCategory.class);
        Map<ServiceCategory, BigDecimal> allSums = new EnumMap<>(ServiceCategory.class);
        for (Map.Entry<Long, Object[]> hub : hubs.entrySet()) {
            long id = hub.getKey();
            Object[] p = placements.get(id);
            long[] ref = referrals.getOrDefault(id, new long[2]);
            Map<ServiceCategory, long[]> c = counts.getOrDefault(id, Map.of());
            Map<ServiceCategory, BigDecimal> s = sums.getOrDefault(id, Map.of());
            figures.add(HubFigures.of(id, (String) hub.getValue()[1], ((Number) hub.getValue()[2]).longValue(),
                    p == null ? 0 : number(p[6]), p == null ? 0 : number(p[1]),
                    p == null ? money(null) : money(p[2]), fees(c, s), share(ref[0], ref[1]),
                    p == null || p[3] == null ? null : new BigDecimal(p[3].toString()).setScale(1, RoundingMode.HALF_UP)));
            councils += ((Number) hub.getValue()[2]).longValue();
            if (p != null) {
                all += number(p[6]);
                children += number(p[1]);
                spend = spend.add(money(p[2]));
                minutes = minutes.add(p[4] == null ? BigDecimal.ZERO : new BigDecimal(p[4].toString()));
                timed += number(p[5]);
            }
            placed += ref[0];
            unplaced += ref[1];
            c.forEach((k, v) -> allCounts.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            s.forEach((k, v) -> allSums.merge(k, v, BigDecimal::add));
        }
        HubFigures total = HubFigures.of(0, "England (all hubs)", councils, all, children, spend, fees(allCounts, allSums), share(placed, unplaced),
                timed == 0 ? null : minutes.divide(BigDecimal.valueOf(timed * 1440L), 1, RoundingMode.HALF_UP));
        return new National(year + "-" + String.valueOf(year + 1).substring(2), figures, total, List.of(ServiceCategory.values()), METHOD,
                Instant.now(clock));
    }

    private static List<CategoryFee> fees(Map<ServiceCategory, long[]> counts, Map<ServiceCategory, BigDecimal> sums) {
        List<CategoryFee> fees = new ArrayList<>();
        for (ServiceCategory category : ServiceCategory.values()) {
            long[] n = counts.get(category);
            if (n != null && n[0] > 0) {
                boolean few = n[0] < SMALL_NUMBER;
                fees.add(new CategoryFee(category, category.label(), few,
                        few ? null : sums.get(category).divide(BigDecimal.valueOf(n[0]), 2, RoundingMode.HALF_UP)));
            }
        }
        return fees;
    }

    private static BigDecimal share(long placed, long unplaced) {
        return placed + unplaced == 0 ? null
                : BigDecimal.valueOf(placed * 100).divide(BigDecimal.valueOf(placed + unplaced), 1, RoundingMode.HALF_UP);
    }

    private static Map<Long, Object[]> byHub(List<Object[]> rows) {
        Map<Long, Object[]> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), r));
        return map;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
