package org.commissioning.marketplace.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Matching at national scale, measured through the API: loads providers (each with a standard
 * fostering setting and another setting, in real postcode districts, with vacancies and registered
 * needs) and ten live agreements of the North West hub among which 70% of its providers are
 * appointed (about 175 per agreement at 5,000 providers, 700 at 20,000), then 8 clients ask
 * {@code POST /api/referrals/matches} as a council for 20 s. First with 5,000 providers (target
 * p95 under 50 ms), then with 20,000 (target p95 under 100 ms). The providers are split between
 * the two demo hubs, so the council's hub sees half of them: harder than a real region, where a
 * hub sees about a ninth. Run against {@code mvn -Prun package}:
 * {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.commissioning.marketplace.bench.MatchingBenchmark}.
 * Removes what it loaded at the end.
 */
public final class MatchingBenchmark {

    static final String COUNCIL = "commissioner@bolton.example";
    static final String DEMO_PASSWORD = "Demo-Password-2026";
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    static final String PREFIX = "Bench Matching Provider ";
    static final String TENDER = "Bench matching agreement";
    static final String[] NEEDS = {"AUTISM", "LEARNING_DISABILITY", "SELF_HARM", "MENTAL_HEALTH", "SIBLING_GROUP", "MISSING_EPISODES"};
    static final String[] OTHER = {"RESIDENTIAL_SMALL_GROUP", "FOSTERING_SPECIALIST", "SUPPORTED_ACCOMMODATION", "SPECIAL_SCHOOL_DAY"};
    static final String[] JUDGEMENTS = {"OUTSTANDING", "GOOD", "GOOD", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"};

    private final URI base;
    private final String dbUrl;
    private final Random random = new Random(42);

    private MatchingBenchmark(URI base, String dbUrl) {
        this.base = base;
        this.dbUrl = dbUrl;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("BENCH_URL", "http://127.0.0.1:8080/");
        new MatchingBenchmark(URI.create(url.endsWith("/") ? url : url + "/"), BenchDatabase.url()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        String token = token();
        try (Connection c = connect()) {
            clean(c);
            List<Long> agreements = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                agreements.add(agreement(c));
            }
            List<String> rows = new ArrayList<>();
            rows.add(measure(token, null, 0, 50));
            load(c, agreements, 0, 5_000);
            if (Boolean.getBoolean("bench.loadOnly")) {
                return;
            }
            rows.add(measure(token, agreements.get(0), 5_000, 50));
            load(c, agreements, 5_000, 20_000);
            rows.add(measure(token, agreements.get(0), 20_000, 100));
            System.out.println();
            System.out.println("| providers | requests | requests/s | p50 ms | p95 ms | p99 ms | errors | fits / excluded per match | target p95 | met |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            if (!Boolean.getBoolean("bench.keep")) {
                clean(c);
            }
        }
    }

    /** With no agreement: the floor, an authenticated {@code GET /api/me} by the same clients. */
    private String measure(String token, Long agreement, int providers, int ceilingMs) throws Exception {
        String body = "{\"childReference\":\"BENCH-1\",\"ageYears\":10,\"category\":\"FOSTERING_STANDARD\",\"needLevel\":\"STANDARD\","
                + "\"needTags\":[\"SIBLING_GROUP\"],\"needsSummary\":\"Benchmark referral, no real child.\",\"postcodeDistrict\":\"BL3\","
                + "\"maxDistanceKm\":40,\"requiredStart\":\"" + LocalDate.now().plusDays(3) + "\",\"durationWeeks\":26,\"urgency\":\"PLANNED\","
                + "\"socialCarePct\":100,\"educationPct\":0,\"healthPct\":0,\"agreementId\":" + agreement + "}";
        HttpRequest request = agreement == null
                ? HttpRequest.newBuilder(base.resolve("api/me")).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build()
                : HttpRequest.newBuilder(base.resolve("api/referrals/matches")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String shape = "(GET /api/me: the floor)";
        if (agreement != null) {
            JsonObject sample = Json.createReader(new StringReader(Latency.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())).readObject();
            shape = sample.getJsonArray("fits").size() + " / " + sample.getJsonArray("excluded").size();
        }
        Latency l = Latency.measure(request, CLIENTS, RUN);
        System.out.printf("%,d providers: %,d requests, p50 %d ms, p95 %d ms, p99 %d ms (ceiling p95 %d ms)%n", providers, l.requests(),
                l.p50(), l.p95(), l.p99(), ceilingMs);
        return "| " + (agreement == null ? "floor" : String.format("%,d", providers)) + " | " + l.requests() + " | "
                + String.format("%.0f", l.requests() / l.seconds()) + " | " + l.p50() + " | " + l.p95() + " | " + l.p99() + " | " + l.errors()
                + " | " + shape + " | < " + ceilingMs + " | " + (l.p95() < ceilingMs && l.errors() == 0 ? "yes" : "NO") + " |";
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
    private void load(Connection c, List<Long> agreements, int from, int to) throws Exception {
        long start = System.nanoTime();
        List<Long> hubs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM hub ORDER BY id")) {
            while (rs.next()) {
                hubs.add(rs.getLong(1));
            }
        }
        List<String> districts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district FROM postcode_district")) {
            while (rs.next()) {
                districts.add(rs.getString(1));
            }
        }
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

    private void clean(Connection c) throws Exception {
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

    private String token() throws Exception {
        HttpResponse<String> r = Latency.HTTP.send(HttpRequest.newBuilder(base.resolve("api/me/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((COUNCIL + ":" + DEMO_PASSWORD).getBytes()))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"matching benchmark\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getString("token");
    }

    private static long id(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws java.sql.SQLException {
        return BenchDatabase.connect(dbUrl, true);
    }
}
