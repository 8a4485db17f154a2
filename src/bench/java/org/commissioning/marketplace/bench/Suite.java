package org.commissioning.marketplace.bench;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every benchmark in turn against a running marketplace, printed as one table: each figure beside
 * its ceiling measured in the same run, with what each answer cost the server (CPU), the database
 * (CPU and statements) and the load generator's own share of the machine. In order: the
 * database's ceiling, the HTTP ceiling (a static file), the authenticated floor with a token and
 * with HTTP Basic, bids at the deadline (64 clients), matching at 5,000 and 20,000 providers, the
 * dashboards and registers (when {@link NationalData} has been loaded), and the heaviest pages
 * with a signed-in session. {@code -Dbench.only=bids,pages} runs only the scenarios whose names
 * contain one of the words; {@code -Dbench.seconds} sets each measurement's length (default 15).
 * Run on demand (README); never a test.
 */
public final class Suite {

    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUp", 3));
    static final String HUB = "hub.commissioner@northwest-hub.example";
    static final String COUNCIL = "commissioner@bolton.example";
    static final String PROVIDER = "provider@brightwater.example";

    private final Api api = new Api(Api.base());
    private final String dbUrl;
    private final Meters meters;
    private final List<String> rows = new ArrayList<>();
    private final List<String> only = List.of(System.getProperty("bench.only", "").split(","));
    private double insertCeiling = Double.NaN;
    private double httpCeiling = Double.NaN;
    private double tokenFloor = Double.NaN;

    private Suite(String dbUrl) throws Exception {
        this.dbUrl = dbUrl;
        this.meters = new Meters(dbUrl);
    }

    public static void main(String[] args) throws Exception {
        new Suite(BenchDatabase.url()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("Benchmarking " + api.resolve("") + " (" + meters.describe() + "), " + Runtime.getRuntime().availableProcessors()
                + " cores, " + RUN.toSeconds() + " s each after " + WARM_UP.toSeconds() + " s warm-up");
        if (wanted("ceiling")) {
            ceilings();
        }
        if (wanted("floor")) {
            floors();
        }
        if (wanted("bids")) {
            bids();
        }
        if (wanted("matching")) {
            matching();
        }
        if (wanted("registers")) {
            registers();
        }
        if (wanted("pages")) {
            pages();
        }
        System.out.println();
        System.out.println("| scenario | clients | answers/s | p50 / p95 / p99 ms | errors | ceiling in the same run | server CPU ms | "
                + "database CPU ms | database statements | generator CPU | target | met |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("CPU and statements are per answer. Statements are the database's own counters (Questions; the kinds in brackets "
                + "are Com_*), and include the marketplace's scheduled work during the run.");
    }

    private boolean wanted(String scenario) {
        return only.stream().anyMatch(w -> w.isBlank() || scenario.contains(w.strip()));
    }

    private void ceilings() throws Exception {
        System.out.println("Database ceiling: single-row INSERT commits from 8 connections, 5 s...");
        insertCeiling = Bids.insertCeiling(dbUrl);
        rows.add(String.format("| database ceiling: single-row INSERT commits | 8 connections | %,.0f | - | - | - | - | - | 1 | - | - | - |",
                insertCeiling));
        Load.Request css = Load.Request.get(api.resolve("resources/css/marketplace.css"), Map.of("Accept", "text/css"));
        Load.Result r = measure("HTTP ceiling: a static file (GET /resources/css/marketplace.css)", 8, i -> css, 200, null, "-", "-", null);
        httpCeiling = r.perSecond();
    }

    private void floors() throws Exception {
        String token = api.token(Api.demo(COUNCIL), "benchmark floor");
        Load.Request me = api.raw("GET", "api/me", Api.bearer(token), Map.of(), null);
        Load.Result t = measure("authenticated floor: GET /api/me with a token", 8, i -> me, 200, null, ceiling(httpCeiling, "static file"),
                ">= 3,000/s", r -> r.perSecond() >= 3000);
        tokenFloor = t.perSecond();
        Load.Request basic = api.raw("GET", "api/me", Api.demo(COUNCIL), Map.of(), null);
        double floor = tokenFloor;
        measure("the same with HTTP Basic", 8, i -> basic, 200, null, String.format("token: %,.0f/s", floor), "within 2x of the token",
                r -> r.perSecond() * 2 >= floor);
    }

    private void bids() throws Exception {
        if (Double.isNaN(insertCeiling)) {
            insertCeiling = Bids.insertCeiling(dbUrl);
        }
        int clients = Integer.getInteger("bench.bidders", 64);
        System.out.println("Preparing a tender and " + clients + " approved providers with API tokens...");
        Bids bids = new Bids(api, dbUrl);
        bids.prepare(clients);
        double ceiling = insertCeiling;
        Load.Result r = measure("bids at the deadline: sealed submissions with receipts", clients, bids::submission, 201, bids::acknowledged,
                String.format("%,.0f INSERT commits/s", ceiling), ">= 10% of the ceiling, p99 < 300 ms",
                x -> x.perSecond() >= ceiling * 0.10 && x.percentileMs(99) < 300);
        int present = bids.present();
        rows.add(String.format("| bids: %.1f%% of the ceiling; acknowledged bids in the database with their receipt digest | - | %,d of %,d | - | - | - | - | - | - | - | all | %s |",
                100 * r.perSecond() / ceiling, present, bids.acknowledged.size(), present == bids.acknowledged.size() ? "yes" : "NO"));
    }

    private void matching() throws Exception {
        Matching matching = new Matching(api);
        String token = api.token(Api.demo(COUNCIL), "benchmark matching");
        try (Connection c = BenchDatabase.connect(dbUrl, true)) {
            matching.agreements(c);
            int[][] sizes = {{0, 5_000, 30}, {5_000, 20_000, 60}};
            for (int[] size : sizes) {
                matching.load(c, size[0], size[1]);
                Load.Request request = matching.request(token);
                System.out.println("One answer: " + matching.shape(token));
                int target = size[2];
                measure(String.format("matching, %,d providers (%s)", size[1], matching.shape(token)), 8, i -> request, 200, null,
                        String.format("floor: %,.0f/s", tokenFloor), "p95 < " + target + " ms", x -> x.percentileMs(95) < target);
            }
            if (!Boolean.getBoolean("bench.keep")) {
                matching.clean(c);
            }
        }
    }

    private void registers() throws Exception {
        long placements;
        try (Connection c = BenchDatabase.connect(dbUrl, false)) {
            placements = NationalData.one(c, "SELECT COUNT(*) FROM placement");
        }
        if (placements < 100_000) {
            rows.add(String.format("| dashboards and registers: not measured, %,d placements (load the national data first: README) | - | - | - | - | - | - | - | - | - | - | - |",
                    placements));
            return;
        }
        String council = api.token(Api.demo(COUNCIL), "benchmark registers");
        String hub = api.token(Api.demo(HUB), "benchmark registers");
        long bolton;
        String page200;
        try (Connection c = BenchDatabase.connect(dbUrl, false)) {
            bolton = NationalData.one(c, "SELECT id FROM organisation WHERE name = 'Bolton Council'");
            long hubId = NationalData.one(c, "SELECT id FROM organisation WHERE name = 'North West Placements Hub'");
            // Where page 200 starts: the cursor the 199th page's "next" gives (start date and id of its last entry).
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT start_date, id FROM placement WHERE hub_id = " + hubId
                    + " ORDER BY start_date DESC, id DESC LIMIT 1 OFFSET " + (199 * 50 - 1))) {
                rs.next();
                page200 = rs.getDate(1).toLocalDate() + "~" + rs.getLong(2);
            }
        }
        Map<String, Object[]> views = new java.util.LinkedHashMap<>();
        views.put("council dashboard (Bolton)", new Object[]{"api/insight", council, 50});
        views.put("hub dashboard (North West)", new Object[]{"api/insight", hub, 250});
        views.put("national dashboard", new Object[]{"api/insight/national", hub, 250});
        views.put("register, first page of 50 (hub)", new Object[]{"api/register/placements?size=50", hub, 50});
        views.put("register, page 200 of 50 by number (hub, OFFSET)", new Object[]{"api/register/placements?size=50&page=199", hub, 50});
        views.put("register, page 200 of 50 by place (hub, after= the 199th page's next)",
                new Object[]{"api/register/placements?size=50&after=" + page200, hub, 50});
        views.put("register, filtered first page (hub, Bolton, fostering)",
                new Object[]{"api/register/placements?size=50&category=FOSTERING_STANDARD&council=" + bolton, hub, 50});
        views.put("tenders and agreements register, first page (hub)", new Object[]{"api/register/agreements?size=50", hub, 50});
        views.put("provider performance, first page of 50 (hub)", new Object[]{"api/insight/providers?size=50", hub, 50});
        for (var v : views.entrySet()) {
            Load.Request request = api.raw("GET", (String) v.getValue()[0], Api.bearer((String) v.getValue()[1]), Map.of(), null);
            int target = (int) v.getValue()[2];
            measure(String.format("%s, %,d placements", v.getKey(), placements), 8, i -> request, 200, null,
                    String.format("floor: %,.0f/s", tokenFloor), "p95 < " + target + " ms", x -> x.percentileMs(95) < target);
        }
    }

    private void pages() throws Exception {
        long referral = referralWithOffer();
        long tender;
        try (Connection c = BenchDatabase.connect(dbUrl, false)) {
            tender = NationalData.one(c, "SELECT t.id FROM tender t JOIN framework_agreement a ON a.tender_id = t.id "
                    + "WHERE t.title LIKE 'North West Fostering Framework%' ORDER BY t.id LIMIT 1");
        }
        Map<String, String[]> pages = new java.util.LinkedHashMap<>();
        pages.put("hub tender page (awarded framework, with its evaluation)", new String[]{HUB, "hub/tender.xhtml?id=" + tender});
        pages.put("council referral page with an offer", new String[]{COUNCIL, "council/referral.xhtml?id=" + referral});
        pages.put("register page (hub)", new String[]{HUB, "hub/register.xhtml"});
        for (var p : pages.entrySet()) {
            CookieManager cookies = new CookieManager();
            HttpClient session = signedIn(p.getValue()[0], cookies);
            HttpResponse<String> sample = session.send(HttpRequest.newBuilder(api.resolve(p.getValue()[1])).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = String.join("; ", cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
            Load.Request page = Load.Request.get(api.resolve(p.getValue()[1]), Map.of("Accept", "text/html", "Cookie", cookie));
            if (sample.statusCode() != 200 || sample.body().contains("login:username")) {
                throw new IllegalStateException(p.getValue()[1] + " answered " + sample.statusCode() + " (not signed in?)");
            }
            measure(String.format("%s, %,d bytes", p.getKey(), sample.body().length()), 8, i -> page, 200, null,
                    String.format("floor: %,.0f/s", tokenFloor), "p95 < 150 ms", x -> x.percentileMs(95) < 150);
        }
    }

    /** A Bolton referral on the demo fostering agreement, with Brightwater's offer. */
    private long referralWithOffer() throws Exception {
        long agreement;
        long setting;
        try (Connection c = BenchDatabase.connect(dbUrl, false)) {
            agreement = NationalData.one(c, "SELECT a.id FROM framework_agreement a JOIN tender t ON t.id = a.tender_id "
                    + "WHERE t.title LIKE 'North West Fostering Framework%' AND a.status = 'LIVE' ORDER BY a.id LIMIT 1");
            setting = NationalData.one(c, "SELECT id FROM provider_setting WHERE name = 'Brightwater Fostering North West'");
        }
        String body = "{\"childReference\":\"BENCH-PAGE-1\",\"ageYears\":9,\"category\":\"FOSTERING_STANDARD\",\"needLevel\":\"STANDARD\","
                + "\"needTags\":[\"SIBLING_GROUP\"],\"needsSummary\":\"Benchmark referral, no real child.\",\"postcodeDistrict\":\"BL3\","
                + "\"maxDistanceKm\":40,\"requiredStart\":\"" + LocalDate.now().plusDays(7) + "\",\"durationWeeks\":26,\"urgency\":\"PLANNED\","
                + "\"socialCarePct\":100,\"educationPct\":0,\"healthPct\":0,\"agreementId\":" + agreement + "}";
        long id = api.post("api/referrals", Api.demo(COUNCIL), body).getJsonNumber("id").longValue();
        var invitation = api.call("GET", "api/referrals/" + id, Api.demo(PROVIDER), null).asJsonObject().getJsonArray("invitations").getJsonObject(0);
        api.post("api/referrals/" + id + "/offer", Api.demo(PROVIDER), "{\"weeklyFee\":" + invitation.getJsonNumber("agreementFee")
                + ",\"startDate\":\"" + LocalDate.now().plusDays(7) + "\",\"settingId\":" + setting + ",\"notes\":\"Benchmark offer.\"}");
        return id;
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("csp.init\\('([^']+)'\\)");

    /** A client with a signed-in session: the sign-in page's form, posted as the browser posts it. */
    private HttpClient signedIn(String user, CookieManager cookies) throws Exception {
        HttpClient http = Load.client(cookies);
        String form = http.send(HttpRequest.newBuilder(api.resolve("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:next", "");
        fields.put("login:username", user);
        fields.put("login:password", Api.DEMO_PASSWORD);
        fields.put("login:code", "");
        fields.put("login:submit", "Sign in");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form));
        fields.put("primefaces.nonce", find(NONCE, form));
        StringBuilder encoded = new StringBuilder();
        fields.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(api.resolve("login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + user + " answered " + r.statusCode());
        }
        return http;
    }

    private static String find(Pattern p, String page) {
        Matcher m = p.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("The sign-in page has no " + p);
        }
        return m.group(1);
    }

    private Load.Result measure(String name, int clients, IntFunction<Load.Request> next, int expected,
                                java.util.function.Consumer<String> accepted, String ceiling, String target,
                                java.util.function.Predicate<Load.Result> met) throws Exception {
        System.out.println("Measuring " + name + ", " + clients + " clients...");
        Load.run(api.resolve(""), clients, WARM_UP, next, expected, null);
        Meters.Reading before = meters.read();
        Load.Result r = Load.run(api.resolve(""), clients, RUN, next, expected, accepted);
        Meters.Reading after = meters.read();
        Meters.Cost cost = Meters.between(before, after, r.accepted() + r.errors());
        String row = String.format("| %s | %d | %,.0f | %.0f / %.0f / %.0f | %s | %s | %.2f | %.2f | %s | %.0f%% | %s | %s |", name, clients,
                r.perSecond(), r.percentileMs(50), r.percentileMs(95), r.percentileMs(99),
                r.errors() == 0 ? "0" : r.errors() + " (" + r.firstError().replace('|', '/').replace('\n', ' ') + ")", ceiling, cost.serverCpuMs(),
                cost.databaseCpuMs(), cost.statementsText(), 100 * cost.generatorShare(), target,
                met == null ? "-" : met.test(r) && r.errors() == 0 ? "yes" : "NO");
        rows.add(row);
        System.out.println(row);
        return r;
    }

    private static String ceiling(double perSecond, String what) {
        return Double.isNaN(perSecond) ? "-" : String.format("%s: %,.0f/s", what, perSecond);
    }
}
