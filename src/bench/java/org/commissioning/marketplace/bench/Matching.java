package org.commissioning.marketplace.bench;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Matching at national scale: loads providers (each with a standard fostering setting and another
 * setting, in real postcode districts, with vacancies and registered needs) and ten live
 * agreements of the North West hub among which 70% of its providers are appointed (about 175 per
 * agreement at 5,000 providers, 700 at 20,000), for {@code POST /api/referrals/matches} as a
 * council. The providers are split between the two demo hubs, so the council's hub sees half of
 * them: harder than a real region, where a hub sees about a ninth. Everything it loads is named
 * "Bench Matching ..." and removed by {@link #clean}.
 */
final class Matching {

    static final String COUNCIL = "commissioner@bolton.example";
    static final String PREFIX = "Bench Matching Provider ";
    static final String TENDER = "Bench matching agreement";
    static final String[] NEEDS = {"AUTISM", "LEARNING_DISABILITY", "SELF_HARM", "MENTAL_HEALTH", "SIBLING_GROUP", "MISSING_EPISODES"};
    static final String[] OTHER = {"RESIDENTIAL_SMALL_GROUP", "FOSTERING_SPECIALIST", "SUPPORTED_ACCOMMODATION", "SPECIAL_SCHOOL_DAY"};
    static final String[] JUDGEMENTS = {"OUTSTANDING", "GOOD", "GOOD", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"};

    private final Api api;
    private final Random random = new Random(42);
    final List<Long> agreements = new ArrayList<>();

    Matching(Api api) {
        this.api = api;
    }

    /** Ten live agreements of the North West hub, none of its providers appointed yet. */
    void agreements(Connection c) throws Exception {
        clean(c);
        for (int i = 0; i < 10; i++) {
            agreements.add(agreement(c));
        }
    }

    /** A council's match request on the first agreement, with its token. */
    Load.Request request(String token) {
        return api.raw("POST", "api/referrals/matches", Api.bearer(token), Map.of(), body());
    }

    private String body() {
        return "{\"childReference\":\"BENCH-1\",\"ageYears\":10,\"category\":\"FOSTERING_STANDARD\",\"needLevel\":\"STANDARD\","
                + "\"needTags\":[\"SIBLING_GROUP\"],\"needsSummary\":\"Benchmark referral, no real child.\",\"postcodeDistrict\":\"BL3\","
                + "\"maxDistanceKm\":40,\"requiredStart\":\"" + LocalDate.now().plusDays(3) + "\",\"durationWeeks\":26,\"urgency\":\"PLANNED\","
                + "\"socialCarePct\":100,\"educationPct\":0,\"healthPct\":0,\"agreementId\":" + agreements.get(0) + "}";
    }

    /** How many providers fit and how many are excluded with a reason, in one answer. */
    String shape(String token) throws Exception {
        JsonObject sample = api.post("api/referrals/matches", Api.bearer(token), body());
        return sample.getJsonArray("fits").size() + " fit, " + sample.getJsonArray("excluded").size() + " excluded";
    }

    /** A live agreement of the North West hub with one standard fostering lot. */
    private long agreement(Connection c) throws Exception {
        long hub = id(c, "SELECT id FROM organisation WHERE name = 'North West Placements Hub'");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO tender (hub_id, title, description, procedure_type, status, term_start, clarification_deadline, "
                    + "bid_deadline, planned_award, standstill_days, created_at, created_by) VALUES (" + hub + ", '" + TENDER + "', 'Benchmark', "
                    + "'FRAMEWORK', 'AWARDED', CURDATE(), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), CURDATE(), 8, UTC_TIMESTAMP(6), 'bench')");
            long tender = id(c, "SELECT MAX(id) FROM tender WHERE title = '" + TENDER + "'");
            // (the North West hub is the first hub: the demo data creates it first)
            s.executeUpdate("INSERT INTO lot (tender_id, number, title, category, estimated_placements, estimated_value) VALUES ("
                    + tender + ", 1, 'Standard fostering', 'FOSTERING_STANDARD', 1000, 1000000)");
            s.executeUpdate("INSERT INTO framework_agreement (tender_id, status, live_from) VALUES (" + tender + ", 'LIVE', UTC_TIMESTAMP(6))");
            return id(c, "SELECT id FROM framework_agreement WHERE tender_id = " + tender);
        }
    }

    /** Providers from..to (exclusive), half in each demo hub; 70% of the North West ones appointed on one of its agreements. */
    void load(Connection c, int from, int to) throws Exception {
        long start = System.nanoTime();
        List<Long> hubs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM hub ORDER BY id")) {
            while (rs.next()) {
                hubs.add(rs.getLong(1));
            }
        }
        List<String> districts = NationalData.districts(c);
        c.setAutoCommit(false);
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organisation (kind, name, status, created_at) VALUES ('PROVIDER', ?, 'ACTIVE', UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement provider = c.prepareStatement("INSERT INTO provider (id, provider_type, companies_house_number, hub_id) VALUES (?, 'PRIVATE', '12345678', ?)");
             PreparedStatement setting = c.prepareStatement("INSERT INTO provider_setting (provider_id, name, ofsted_urn, category, judgement, "
                     + "judgement_date, postcode_district, places, vacancies, registered_needs) VALUES (?, ?, ?, ?, ?, CURDATE(), ?, ?, ?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO agreement_member (agreement_id, lot_number, provider_id, rank_in_lot, "
                     + "weekly_fees, status) VALUES (?, 1, ?, ?, ?, ?)")) {
            for (int i = from; i < to; i++) {
                org.setString(1, PREFIX + i);
                org.executeUpdate();
                long id;
                try (ResultSet keys = org.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                provider.setLong(1, id);
                provider.setLong(2, hubs.get(i % hubs.size()));
                provider.addBatch();
                for (int k = 0; k < 2; k++) {
                    setting.setLong(1, id);
                    setting.setString(2, "Bench setting " + i + "-" + k);
                    setting.setString(3, String.format("B%07d", i * 2 + k));
                    setting.setString(4, k == 0 ? "FOSTERING_STANDARD" : OTHER[random.nextInt(OTHER.length)]);
                    setting.setString(5, JUDGEMENTS[random.nextInt(JUDGEMENTS.length)]);
                    setting.setString(6, districts.get(random.nextInt(districts.size())));
                    setting.setInt(7, 6);
                    setting.setInt(8, random.nextInt(4));
                    List<String> needs = new ArrayList<>();
                    for (String n : NEEDS) {
                        if (random.nextInt(3) > 0) {
                            needs.add(n);
                        }
                    }
                    setting.setString(9, String.join(",", needs));
                    setting.addBatch();
                }
                if (i % hubs.size() == 0 && random.nextInt(10) < 7) {
                    member.setLong(1, agreements.get((i / hubs.size()) % agreements.size()));
                    member.setLong(2, id);
                    member.setInt(3, i + 1);
                    member.setString(4, "{\"STANDARD\":" + (800 + random.nextInt(300)) + ".00,\"COMPLEX\":" + (1100 + random.nextInt(300)) + ".00}");
                    member.setString(5, random.nextInt(20) == 0 ? "SUSPENDED" : "ACTIVE");
                    member.addBatch();
                }
                if (i % 500 == 499) {
                    provider.executeBatch();
                    setting.executeBatch();
                    member.executeBatch();
                    c.commit();
                }
            }
            provider.executeBatch();
            setting.executeBatch();
            member.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            // As a live database's statistics would be after the same growth.
            s.execute("ANALYZE TABLE organisation, provider, provider_setting, agreement_member");
        }
        System.out.printf("Loaded providers %,d to %,d with settings and agreement places in %.1f s%n", from, to, (System.nanoTime() - start) / 1e9);
    }

    void clean(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE m FROM agreement_member m JOIN framework_agreement a ON a.id = m.agreement_id JOIN tender t ON t.id = a.tender_id "
                    + "WHERE t.title = '" + TENDER + "'");
            s.executeUpdate("DELETE a FROM framework_agreement a JOIN tender t ON t.id = a.tender_id WHERE t.title = '" + TENDER + "'");
            s.executeUpdate("DELETE l FROM lot l JOIN tender t ON t.id = l.tender_id WHERE t.title = '" + TENDER + "'");
            s.executeUpdate("DELETE FROM tender WHERE title = '" + TENDER + "'");
            s.executeUpdate("DELETE s FROM provider_setting s JOIN organisation o ON o.id = s.provider_id WHERE o.name LIKE '" + PREFIX + "%'");
            s.executeUpdate("DELETE p FROM provider p JOIN organisation o ON o.id = p.id WHERE o.name LIKE '" + PREFIX + "%'");
            s.executeUpdate("DELETE FROM organisation WHERE name LIKE '" + PREFIX + "%'");
        }
    }

    private static long id(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
