package org.commissioning.marketplace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a national-scale data set in the marketplace's database (the one {@code mvn -Prun
 * package} started, or BENCH_DB_URL): 9 hubs (the 2 demo hubs and 7 generated ones) with 153
 * member councils in all, 5,000 providers with a setting each, a live agreement per hub, and
 * 1,000,000 placements over the last 10 years, each with its referral and its variations (the
 * agreement, and a fee change for about a third), ended or running by their dates. Everything
 * generated is named "Generated ..." or marked "GEN-"; {@code -Dgen.placements=N} makes fewer.
 * Deterministic (seeded), and refuses to run twice ({@code -Dgen.clean=true} removes it first).
 * Run: {@code mvn -Pbench test-compile exec:java -Dbench=NationalData}.
 */
public final class NationalData {

    static final int COUNCILS = 153;
    static final int HUBS = 9;
    static final int PROVIDERS = 5_000;
    static final int PLACEMENTS = Integer.getInteger("gen.placements", 1_000_000);
    static final String[] CATEGORIES = {"FOSTERING_STANDARD", "FOSTERING_SPECIALIST", "RESIDENTIAL_SMALL_GROUP", "RESIDENTIAL_SOLO",
            "SPECIAL_SCHOOL_DAY", "SUPPORTED_ACCOMMODATION"};
    static final int[] BASE_FEES = {850, 1200, 5200, 9000, 1000, 1400};
    static final String[] LEVELS = {"STANDARD", "COMPLEX", "HIGHLY_COMPLEX"};

    private final Random random = new Random(2026);

    public static void main(String[] args) throws Exception {
        try (Connection c = BenchDatabase.connect(BenchDatabase.url(), true)) {
            new NationalData().run(c);
        }
    }

    /** Every postcode district the marketplace knows, to place generated settings in real ones. */
    static List<String> districts(Connection c) throws Exception {
        List<String> districts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district FROM postcode_district")) {
            while (rs.next()) {
                districts.add(rs.getString(1));
            }
        }
        return districts;
    }

    static long one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void run(Connection c) throws Exception {
        long start = System.nanoTime();
        if (Boolean.getBoolean("gen.clean")) {
            clean(c);
        }
        if (one(c, "SELECT COUNT(*) FROM placement WHERE child_reference LIKE 'GEN-%'") > 0) {
            System.out.println("Generated data is present already (use -Dgen.clean=true to replace it).");
            return;
        }
        try (Statement s = c.createStatement()) {
            // Hubs: the demo ones and generated ones, each with a region and a lead council.
            List<Long> hubs = ids(c, "SELECT id FROM hub ORDER BY id");
            for (int h = hubs.size(); h < HUBS; h++) {
                s.executeUpdate("INSERT INTO region (code, name) VALUES ('G" + String.format("%08d", h) + "', 'Generated region " + h + "')");
                long region = one(c, "SELECT LAST_INSERT_ID()");
                long lead = council(c, region, "Generated Council " + h + "-0", "G" + String.format("%03d", h) + "00000");
                s.executeUpdate("INSERT INTO organisation (kind, name, status, created_at) VALUES ('HUB', 'Generated Hub " + h + "', 'ACTIVE', UTC_TIMESTAMP(6))");
                long hub = one(c, "SELECT LAST_INSERT_ID()");
                s.executeUpdate("INSERT INTO hub (id, region_id, lead_council_id) VALUES (" + hub + ", " + region + ", " + lead + ")");
                s.executeUpdate("INSERT INTO hub_membership (hub_id, council_id, joined_on) VALUES (" + hub + ", " + lead + ", '2016-04-01')");
                hubs.add(hub);
            }
            // Councils: top up the hubs' memberships to 153 in all.
            int members = (int) one(c, "SELECT COUNT(*) FROM hub_membership WHERE left_on IS NULL");
            for (int n = 0; members < COUNCILS; n++, members++) {
                long hub = hubs.get(2 + n % (HUBS - 2));
                long region = one(c, "SELECT region_id FROM hub WHERE id = " + hub);
                long council = council(c, region, "Generated Council " + hub + "-" + (n + 1), "G" + String.format("%08d", 100 + n));
                s.executeUpdate("INSERT INTO hub_membership (hub_id, council_id, joined_on) VALUES (" + hub + ", " + council + ", '2016-04-01')");
            }
            Map<Long, Long> councilHub = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT council_id, hub_id FROM hub_membership WHERE left_on IS NULL")) {
                while (rs.next()) {
                    councilHub.putIfAbsent(rs.getLong(1), rs.getLong(2));
                }
            }
            List<Long> councils = new ArrayList<>(councilHub.keySet());
            councils.sort(Long::compare);
            // An agreement per hub.
            Map<Long, Long> agreements = new HashMap<>();
            for (long hub : hubs) {
                s.executeUpdate("INSERT INTO tender (hub_id, title, description, procedure_type, status, term_start, term_end, clarification_deadline, "
                        + "bid_deadline, planned_award, standstill_days, created_at, created_by) VALUES (" + hub + ", 'Generated framework " + hub
                        + "', 'Generated', 'FRAMEWORK', 'AWARDED', '2016-04-01', '2030-03-31', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), '2016-03-01', 8, "
                        + "UTC_TIMESTAMP(6), 'generator')");
                long tender = one(c, "SELECT LAST_INSERT_ID()");
                s.executeUpdate("INSERT INTO framework_agreement (tender_id, status, live_from) VALUES (" + tender + ", 'LIVE', '2016-04-01')");
                agreements.put(hub, one(c, "SELECT LAST_INSERT_ID()"));
            }
            // Providers, one setting each, spread over the hubs.
            Map<Long, List<long[]>> settingsByHub = new HashMap<>();
            List<String> districts = districts(c);
            c.setAutoCommit(false);
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organisation (kind, name, status, created_at) VALUES ('PROVIDER', ?, 'ACTIVE', UTC_TIMESTAMP(6))",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement provider = c.prepareStatement("INSERT INTO provider (id, provider_type, companies_house_number, hub_id) VALUES (?, 'PRIVATE', '12345678', ?)");
                 PreparedStatement setting = c.prepareStatement("INSERT INTO provider_setting (provider_id, name, ofsted_urn, category, judgement, "
                         + "judgement_date, postcode_district, places, vacancies) VALUES (?, ?, ?, ?, 'GOOD', '2025-01-01', ?, 6, 1)",
                         Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < PROVIDERS; i++) {
                    org.setString(1, "Generated Provider " + i);
                    org.executeUpdate();
                    long id;
                    try (ResultSet keys = org.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    long hub = hubs.get(i % hubs.size());
                    provider.setLong(1, id);
                    provider.setLong(2, hub);
                    provider.executeUpdate();
                    int category = i % CATEGORIES.length;
                    setting.setLong(1, id);
                    setting.setString(2, "Generated setting " + i);
                    setting.setString(3, String.format("G%07d", i));
                    setting.setString(4, CATEGORIES[category]);
                    setting.setString(5, districts.get(random.nextInt(districts.size())));
                    setting.executeUpdate();
                    try (ResultSet keys = setting.getGeneratedKeys()) {
                        keys.next();
                        settingsByHub.computeIfAbsent(hub, k -> new ArrayList<>()).add(new long[]{id, keys.getLong(1), category});
                    }
                }
                c.commit();
            }
            System.out.printf("Hubs %d, councils in hubs %d, providers %,d ready after %.0f s%n", hubs.size(), councils.size(), PROVIDERS,
                    (System.nanoTime() - start) / 1e9);
            // Placements with their referrals and variations.
            long firstReferral = one(c, "SELECT COALESCE(MAX(id), 0) FROM referral") + 1;
            long firstPlacement = one(c, "SELECT COALESCE(MAX(id), 0) FROM placement") + 1;
            LocalDate today = LocalDate.now();
            try (PreparedStatement referral = c.prepareStatement("INSERT INTO referral (id, council_id, hub_id, agreement_id, lot_number, child_reference, "
                    + "age_years, category, need_level, need_tags, needs_summary, postcode_district, max_distance_km, required_start, duration_weeks, "
                    + "urgency, social_care_pct, education_pct, health_pct, route, status, created_by, created_at, closed_at) VALUES "
                    + "(?, ?, ?, ?, 1, ?, ?, ?, ?, '', 'Generated', 'M1', 50, ?, ?, 'PLANNED', 100, 0, 0, 'DIRECT_AWARD', 'PLACED', 'generator', ?, ?)");
                 PreparedStatement placement = c.prepareStatement("INSERT INTO placement (id, referral_id, council_id, hub_id, provider_id, setting_id, "
                         + "agreement_id, lot_number, child_reference, category, need_level, weekly_fee, agreement_fee, start_date, planned_end, "
                         + "social_care_pct, education_pct, health_pct, status, ended_on, ending, end_reason, agreed_at, agreed_by, referred_at, distance_km) VALUES "
                         + "(?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 100, 0, 0, ?, ?, ?, ?, ?, 'generator', ?, ?)");
                 PreparedStatement variation = c.prepareStatement("INSERT INTO placement_variation (placement_id, kind, effective_date, weekly_fee, "
                         + "planned_end, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'generator', ?)")) {
                for (int i = 0; i < PLACEMENTS; i++) {
                    long council = councils.get(random.nextInt(councils.size()));
                    long hub = councilHub.get(council);
                    List<long[]> settings = settingsByHub.get(hub);
                    long[] s0 = settings.get(random.nextInt(settings.size()));
                    int category = (int) s0[2];
                    int level = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
                    java.math.BigDecimal agreementFee = java.math.BigDecimal.valueOf(BASE_FEES[category] * (1 + level * 0.35)).setScale(2, java.math.RoundingMode.HALF_UP);
                    java.math.BigDecimal fee = agreementFee.multiply(java.math.BigDecimal.valueOf(0.9 + random.nextDouble() * 0.25)).setScale(2, java.math.RoundingMode.HALF_UP);
                    LocalDate startDate = today.minusDays(random.nextInt(3650));
                    int weeks = 4 + random.nextInt(100);
                    LocalDate planned = startDate.plusWeeks(weeks);
                    boolean ended = planned.isBefore(today);
                    boolean unplanned = ended && random.nextInt(10) == 0;
                    LocalDate endedOn = ended ? (unplanned ? startDate.plusDays(random.nextInt(weeks * 7)) : planned) : null;
                    long referralId = firstReferral + i;
                    long placementId = firstPlacement + i;
                    java.sql.Timestamp agreed = java.sql.Timestamp.valueOf(startDate.minusDays(2 + random.nextInt(10)).atTime(10, 0));
                    referral.setLong(1, referralId);
                    referral.setLong(2, council);
                    referral.setLong(3, hub);
                    referral.setLong(4, agreements.get(hub));
                    referral.setString(5, "GEN-" + i);
                    referral.setInt(6, random.nextInt(18));
                    referral.setString(7, CATEGORIES[category]);
                    referral.setString(8, LEVELS[level]);
                    referral.setObject(9, startDate);
                    referral.setInt(10, weeks);
                    java.sql.Timestamp referred = new java.sql.Timestamp(agreed.getTime() - 86_400_000L * (1 + random.nextInt(5)));
                    referral.setTimestamp(11, referred);
                    referral.setTimestamp(12, agreed);
                    referral.addBatch();
                    placement.setLong(1, placementId);
                    placement.setLong(2, referralId);
                    placement.setLong(3, council);
                    placement.setLong(4, hub);
                    placement.setLong(5, s0[0]);
                    placement.setLong(6, s0[1]);
                    placement.setLong(7, agreements.get(hub));
                    placement.setString(8, "GEN-" + i);
                    placement.setString(9, CATEGORIES[category]);
                    placement.setString(10, LEVELS[level]);
                    placement.setBigDecimal(11, fee);
                    placement.setBigDecimal(12, agreementFee);
                    placement.setObject(13, startDate);
                    placement.setObject(14, planned);
                    placement.setString(15, ended ? "ENDED" : startDate.isAfter(today) ? "AGREED" : "STARTED");
                    placement.setObject(16, endedOn);
                    placement.setString(17, ended ? (unplanned ? "UNPLANNED" : "PLANNED") : null);
                    placement.setString(18, ended ? (unplanned ? "Placement broke down" : "Planned move") : null);
                    placement.setTimestamp(19, agreed);
                    placement.setTimestamp(20, referred);
                    placement.setBigDecimal(21, java.math.BigDecimal.valueOf(1 + random.nextDouble() * random.nextDouble() * 120).setScale(1, java.math.RoundingMode.HALF_UP));
                    placement.addBatch();
                    variation.setLong(1, placementId);
                    variation.setString(2, "AGREED");
                    variation.setObject(3, startDate);
                    variation.setBigDecimal(4, fee);
                    variation.setObject(5, planned);
                    variation.setString(6, "Offer accepted");
                    variation.setTimestamp(7, agreed);
                    variation.addBatch();
                    if (random.nextInt(3) == 0) {
                        variation.setLong(1, placementId);
                        variation.setString(2, "FEE_CHANGE");
                        variation.setObject(3, startDate.plusWeeks(weeks / 2));
                        variation.setBigDecimal(4, fee.multiply(java.math.BigDecimal.valueOf(1.03)).setScale(2, java.math.RoundingMode.HALF_UP));
                        variation.setObject(5, null);
                        variation.setString(6, "Annual uplift");
                        variation.setTimestamp(7, agreed);
                        variation.addBatch();
                    }
                    if (i % 5_000 == 4_999) {
                        referral.executeBatch();
                        placement.executeBatch();
                        variation.executeBatch();
                        c.commit();
                    }
                    if (i % 100_000 == 99_999) {
                        System.out.printf("%,d placements after %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                    }
                }
                referral.executeBatch();
                placement.executeBatch();
                variation.executeBatch();
                c.commit();
            }
            c.setAutoCommit(true);
            s.execute("ANALYZE TABLE referral, placement, placement_variation, provider_setting, organisation");
            // Written behind the services' backs: every dashboard snapshot is out of date.
            s.executeUpdate("INSERT INTO insight_change (scope) VALUES ('*')");
        }
        System.out.printf("Generated %,d placements in %.0f s%n", PLACEMENTS, (System.nanoTime() - start) / 1e9);
    }

    private static long council(Connection c, long region, String name, String onsCode) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (kind, name, status, created_at) VALUES ('COUNCIL', '" + name + "', 'ACTIVE', UTC_TIMESTAMP(6))");
            long id = one(c, "SELECT LAST_INSERT_ID()");
            s.executeUpdate("INSERT INTO council (id, ons_code, region_id) VALUES (" + id + ", '" + onsCode + "', " + region + ")");
            return id;
        }
    }

    private static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void clean(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE v FROM placement_variation v JOIN placement p ON p.id = v.placement_id WHERE p.child_reference LIKE 'GEN-%'");
            s.executeUpdate("DELETE FROM placement WHERE child_reference LIKE 'GEN-%'");
            s.executeUpdate("DELETE FROM referral WHERE child_reference LIKE 'GEN-%'");
            s.executeUpdate("DELETE a FROM framework_agreement a JOIN tender t ON t.id = a.tender_id WHERE t.title LIKE 'Generated framework %'");
            s.executeUpdate("DELETE FROM tender WHERE title LIKE 'Generated framework %'");
            s.executeUpdate("DELETE s FROM provider_setting s JOIN organisation o ON o.id = s.provider_id WHERE o.name LIKE 'Generated Provider %'");
            s.executeUpdate("DELETE p FROM provider p JOIN organisation o ON o.id = p.id WHERE o.name LIKE 'Generated Provider %'");
            s.executeUpdate("DELETE FROM organisation WHERE name LIKE 'Generated Provider %'");
            s.executeUpdate("DELETE m FROM hub_membership m JOIN organisation o ON o.id = m.council_id WHERE o.name LIKE 'Generated Council %'");
            s.executeUpdate("DELETE h FROM hub h JOIN organisation o ON o.id = h.id WHERE o.name LIKE 'Generated Hub %'");
            s.executeUpdate("DELETE c FROM council c JOIN organisation o ON o.id = c.id WHERE o.name LIKE 'Generated Council %'");
            s.executeUpdate("DELETE FROM organisation WHERE name LIKE 'Generated Hub %' OR name LIKE 'Generated Council %'");
            s.executeUpdate("DELETE FROM region WHERE name LIKE 'Generated region %'");
        }
    }
}
