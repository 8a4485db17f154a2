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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last minutes before a bid deadline: 64 clients submitting sealed bids through the HTTP API
 * of a running marketplace, printed next to the ceiling of the same database measured in the same
 * run (single-row INSERT commits from 8 connections). Then every acknowledged bid is checked in the
 * database, receipt digest included. Run on demand (README); never a test.
 */
public final class BidBenchmark {

    static final String HUB = "hub.commissioner@northwest-hub.example";
    static final String DEMO_PASSWORD = "Demo-Password-2026";
    static final int CLIENTS = Integer.getInteger("bench.clients", 64);
    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    // HTTP/1.1: 64 providers have 64 connections; HTTP/2 would multiplex every client over one connection.
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(16))
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String dbUrl;

    private BidBenchmark(URI base, String dbUrl) {
        this.base = base;
        this.dbUrl = dbUrl;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("BENCH_URL", "http://127.0.0.1:8080/");
        new BidBenchmark(URI.create(url.endsWith("/") ? url : url + "/"), BenchDatabase.url()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("Measuring the database ceiling (8 connections, single-row INSERT, autocommit, 5 s)...");
        double ceiling = insertCeiling();
        System.out.println("Preparing a tender and " + CLIENTS + " approved providers with API tokens...");
        long tender = publishTender();
        List<String> tokens = providers(CLIENTS);

        System.out.println("Submitting bids from " + CLIENTS + " clients for " + RUN.toSeconds() + " s...");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong firstError = new AtomicLong();
        Instant until = Instant.now().plus(RUN);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (String token : tokens) {
            clients.add(pool.submit(() -> {
                while (Instant.now().isBefore(until)) {
                    try {
                        String bid = "{\"lots\":[{\"lot\":1,\"weeklyFees\":{\"STANDARD\":"
                                + (800 + (int) (Math.random() * 400)) + ".00}}],\"selectionAnswers\":{}}";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = HTTP.send(request("api/tenders/" + tender + "/bids/mine/submission", token)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bid)).build(), HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (r.statusCode() == 201) {
                            JsonObject receipt = json(r.body());
                            acknowledged.put(receipt.getJsonNumber("bidId").longValue(), receipt.getString("digest"));
                            latencies.add(micros);
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(0, r.statusCode());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> c : clients) {
            c.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        int present = verify(acknowledged);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double bidsPerSecond = sorted.size() / seconds;
        System.out.println();
        System.out.println("| measure | value | target |");
        System.out.println("|---|---|---|");
        System.out.printf("| database ceiling: single-row INSERT commits/s, 8 connections | %.0f | - |%n", ceiling);
        System.out.printf("| bids submitted/s (%d clients, %.0f s) | %.0f | >= %.0f (25%% of ceiling) |%n", CLIENTS, seconds,
                bidsPerSecond, ceiling * 0.25);
        System.out.printf("| submission latency p50 / p95 / p99 (ms) | %.1f / %.1f / %.1f | p99 < 300 |%n",
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        System.out.printf("| errors | %d%s | 0 |%n", errors.get(), firstError.get() == 0 ? "" : " (first HTTP " + firstError.get() + ")");
        System.out.printf("| acknowledged bids present with matching digest | %d of %d | all |%n", present, acknowledged.size());
    }

    private double insertCeiling() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
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
                try (Connection c = connect();
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
        pool.shutdown();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_ceiling");
        }
        return inserted.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** The database the marketplace uses: BENCH_DB_URL/USER/PASSWORD, or the embedded one the launcher started. */
    private Connection connect() throws java.sql.SQLException {
        return BenchDatabase.connect(dbUrl, false);
    }

    private long publishTender() throws Exception {
        Instant clarification = Instant.now().plus(Duration.ofDays(1));
        JsonObject t = json(send(basic(request("api/tenders", null), HUB).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Benchmark " + UUID.randomUUID() + "\",\"description\":\"Bid benchmark\","
                        + "\"procedure\":\"DYNAMIC_MARKET\",\"termStart\":\"2027-04-01\",\"clarificationDeadline\":\"" + clarification
                        + "\",\"bidDeadline\":\"" + clarification.plus(Duration.ofDays(1)) + "\",\"plannedAward\":\"2027-03-01\",\"standstillDays\":8}"))));
        long id = t.getJsonNumber("id").longValue();
        hub("api/tenders/" + id + "/lots", "{\"title\":\"Adoption\",\"category\":\"ADOPTION\",\"needLevel\":\"STANDARD\"}", "POST");
        hub("api/tenders/" + id + "/lots/1/criteria", "{\"kind\":\"PRICE\",\"title\":\"Fee\",\"weight\":100}", "POST");
        hub("api/tenders/" + id + "/team/my-declaration", "{\"interest\":false}", "PUT");
        hub("api/tenders/" + id + "/publication", "", "POST");
        return id;
    }

    private List<String> providers(int count) throws Exception {
        long hubId = Json.createReader(new StringReader(send(request("api/hubs", null).GET()))).readArray().stream()
                .map(v -> v.asJsonObject()).filter(h -> h.getString("name").equals("North West Placements Hub"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        List<String> tokens = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            String email = "bench-" + run + "-" + i + "@bench.example";
            JsonObject reg = json(send(request("api/provider-registrations", null).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"legalName\":\"Bench Provider " + run + " " + i + " Ltd\","
                            + "\"providerType\":\"PRIVATE\",\"companiesHouseNumber\":\"12345678\",\"hubId\":" + hubId
                            + ",\"serviceCategories\":[\"ADOPTION\"],\"contactName\":\"Bench\",\"contactEmail\":\"" + email
                            + "\",\"password\":\"Bench-Password-2026\"}"))));
            hub("api/provider-registrations/" + reg.getJsonNumber("providerId") + "/approval", "", "POST");
            JsonObject token = json(send(request("api/me/tokens", null).header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString((email + ":Bench-Password-2026").getBytes()))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"bench\"}"))));
            tokens.add(token.getString("token"));
        }
        return tokens;
    }

    private int verify(Map<Long, String> acknowledged) throws Exception {
        int present = 0;
        try (Connection c = connect();
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

    private void hub(String path, String body, String method) throws Exception {
        send(basic(request(path, null), HUB).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder b, String user) {
        return b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes()));
    }

    private static String send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
