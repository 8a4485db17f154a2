package org.commissioning.marketplace.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last minutes before a bid deadline: a published tender and approved providers with API
 * tokens, each submitting sealed bids in one request ({@code POST .../bids/mine/submission} with
 * the bid in the body and a new Idempotency-Key), each on its own connection; then every
 * acknowledged bid is looked up in the database with its receipt digest. The ceiling is the same
 * database's single-row INSERT commits from 8 connections.
 */
final class Bids {

    static final String HUB = "hub.commissioner@northwest-hub.example";

    private final Api api;
    private final String dbUrl;
    private long tender;
    private final List<String> tokens = new ArrayList<>();
    final Map<Long, String> acknowledged = new ConcurrentHashMap<>();

    Bids(Api api, String dbUrl) {
        this.api = api;
        this.dbUrl = dbUrl;
    }

    /** Single-row INSERT commits per second from 8 connections for 5 s (autocommit: each one durable). */
    static double insertCeiling(String dbUrl) throws Exception {
        try (Connection c = BenchDatabase.connect(dbUrl, false); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id BIGINT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64)) ENGINE=InnoDB");
            s.execute("TRUNCATE TABLE bench_ceiling");
        }
        AtomicLong inserted = new AtomicLong();
        Instant until = Instant.now().plusSeconds(5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            workers.add(pool.submit(() -> {
                try (Connection c = BenchDatabase.connect(dbUrl, false);
                     PreparedStatement p = c.prepareStatement("INSERT INTO bench_ceiling (v) VALUES (?)")) {
                    while (Instant.now().isBefore(until)) {
                        p.setString(1, "x");
                        p.executeUpdate();
                        inserted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double perSecond = inserted.get() / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        try (Connection c = BenchDatabase.connect(dbUrl, false); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_ceiling");
        }
        return perSecond;
    }

    /** A published dynamic market with one lot and a price criterion, and {@code providers} approved providers with tokens. */
    void prepare(int providers) throws Exception {
        String hub = Api.demo(HUB);
        Instant clarification = Instant.now().plus(Duration.ofDays(1));
        tender = api.post("api/tenders", hub, "{\"title\":\"Benchmark " + UUID.randomUUID() + "\",\"description\":\"Bid benchmark\","
                + "\"procedure\":\"DYNAMIC_MARKET\",\"termStart\":\"2027-04-01\",\"clarificationDeadline\":\"" + clarification
                + "\",\"bidDeadline\":\"" + clarification.plus(Duration.ofDays(1)) + "\",\"plannedAward\":\"2027-03-01\",\"standstillDays\":8}")
                .getJsonNumber("id").longValue();
        api.post("api/tenders/" + tender + "/lots", hub, "{\"title\":\"Adoption\",\"category\":\"ADOPTION\",\"needLevel\":\"STANDARD\"}");
        api.post("api/tenders/" + tender + "/lots/1/criteria", hub, "{\"kind\":\"PRICE\",\"title\":\"Fee\",\"weight\":100}");
        api.call("PUT", "api/tenders/" + tender + "/team/my-declaration", hub, "{\"interest\":false}");
        api.post("api/tenders/" + tender + "/publication", hub, "");
        long hubId = ((jakarta.json.JsonArray) api.call("GET", "api/hubs", null, null)).stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("name").equals("North West Placements Hub")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < providers; i++) {
            String email = "bench-" + run + "-" + i + "@bench.example";
            // Registration answers the same for any address (202), so the new provider is found by its name.
            api.call("POST", "api/provider-registrations", null, "{\"legalName\":\"Bench Provider " + run + " " + i + " Ltd\","
                    + "\"providerType\":\"PRIVATE\",\"companiesHouseNumber\":\"12345678\",\"hubId\":" + hubId
                    + ",\"serviceCategories\":[\"ADOPTION\"],\"contactName\":\"Bench\",\"contactEmail\":\"" + email
                    + "\",\"password\":\"Bench-Password-2026\"}");
            long provider;
            try (Connection c = BenchDatabase.connect(dbUrl, false)) {
                provider = NationalData.one(c, "SELECT id FROM organisation WHERE name = 'Bench Provider " + run + " " + i + " Ltd'");
            }
            api.post("api/provider-registrations/" + provider + "/approval", hub, "");
            tokens.add(api.token(Api.basic(email, "Bench-Password-2026"), "bench"));
        }
    }

    /** Client {@code i}'s next submission: its own provider, a fee of its own, a new idempotency key. */
    Load.Request submission(int client) {
        String bid = "{\"lots\":[{\"lot\":1,\"weeklyFees\":{\"STANDARD\":" + (800 + ThreadLocalRandom.current().nextInt(400))
                + ".00}}],\"selectionAnswers\":{}}";
        return api.raw("POST", "api/tenders/" + tender + "/bids/mine/submission", Api.bearer(tokens.get(client % tokens.size())),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), bid);
    }

    void acknowledged(String answer) {
        JsonObject receipt = Json.createReader(new StringReader(answer)).readObject();
        acknowledged.put(receipt.getJsonNumber("bidId").longValue(), receipt.getString("digest"));
    }

    /** How many acknowledged bids are in the database with the digest their receipt gave. */
    int present() throws Exception {
        int present = 0;
        try (Connection c = BenchDatabase.connect(dbUrl, false);
             PreparedStatement p = c.prepareStatement("SELECT receipt_digest FROM bid WHERE id = ?")) {
            for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
                p.setLong(1, e.getKey());
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next() && e.getValue().equals(rs.getString(1))) {
                        present++;
                    }
                }
            }
        }
        return present;
    }
}
