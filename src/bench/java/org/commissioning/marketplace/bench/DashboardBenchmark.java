package org.commissioning.marketplace.bench;


import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboards' costs the {@link Suite} does not show, after {@link NationalData}: each dashboard
 * cold (its snapshot out of date, as just after a change: the reader waits for the computation),
 * then the EXPLAIN plan of every dashboard and register query. Run: {@code mvn -Pbench
 * test-compile exec:java -Dbench=DashboardBenchmark} with the marketplace running.
 */
public final class DashboardBenchmark {

    public static void main(String[] args) throws Exception {
        Api api = new Api(Api.base());
        String db = BenchDatabase.url();
        cold(db, api, api.token(Api.demo("commissioner@bolton.example"), "dashboard benchmark"),
                api.token(Api.demo("hub.commissioner@northwest-hub.example"), "dashboard benchmark"));
        explain(db);
        System.exit(0);
    }

    /** Each dashboard just after a change: its snapshot is out of date, so the reader waits for the computation. */
    static void cold(String db, Api api, String council, String hub) throws Exception {
        System.out.println("| dashboard, cold (computed for the reader) | ms |");
        System.out.println("|---|---|");
        for (String[] c : new String[][]{{"council (Bolton)", "api/insight", council}, {"hub (North West)", "api/insight", hub},
                {"national", "api/insight/national", hub}}) {
            try (Connection connection = BenchDatabase.connect(db, false); Statement s = connection.createStatement()) {
                s.executeUpdate("INSERT INTO insight_change (scope) VALUES ('*')");
            }
            long started = System.nanoTime();
            HttpResponse<String> r = Load.HTTP.send(api.request(c[1], Api.bearer(c[2])).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            System.out.println("| " + c[0] + " | " + (System.nanoTime() - started) / 1_000_000 + " |");
        }
        Thread.sleep(6_000); // let the refresh schedule bring the others up to date before measuring
        System.out.println();
    }

    /** The EXPLAIN plan of each dashboard query, as the services send them (Bolton and the North West hub). */
    static void explain(String db) throws Exception {
        try (Connection c = BenchDatabase.connect(db, false)) {
            long hub = NationalData.one(c, "SELECT id FROM organisation WHERE name = 'North West Placements Hub'");
            long bolton = NationalData.one(c, "SELECT id FROM organisation WHERE name = 'Bolton Council'");
            LocalDate from = LocalDate.now().withMonth(4).withDayOfMonth(1);
            LocalDate to = from.plusYears(1).minusDays(1);
            Map<String, String> queries = new LinkedHashMap<>();
            String year = "SUM(p.weekly_fee / 7 * GREATEST(0, DATEDIFF(LEAST(COALESCE(p.ended_on, p.planned_end), '" + to
                    + "'), GREATEST(p.start_date, '" + from + "')) + 1))";
            queries.put("spend by year, category, need level and council, one pass (hub; the council's by council_id)", "SELECT g.*, o.name "
                    + "FROM (SELECT p.category, p.need_level, p.council_id, " + year + " y1, " + year + " y2 FROM placement p WHERE p.hub_id = " + hub
                    + " AND p.status IN ('AGREED', 'STARTED', 'ENDED') AND p.start_date <= '" + to + "' AND COALESCE(p.ended_on, p.planned_end) >= '"
                    + from.minusYears(4) + "' GROUP BY p.category, p.need_level, p.council_id) g JOIN organisation o ON o.id = g.council_id");
            queries.put("spend by provider (council)", "SELECT o.name, g.spend FROM (SELECT p.provider_id, " + year + " spend FROM placement p "
                    + "FORCE INDEX (ix_placement_council_provider) WHERE p.council_id = " + bolton + " AND p.status IN ('AGREED', 'STARTED', 'ENDED') "
                    + "AND p.start_date <= '" + to + "' AND COALESCE(p.ended_on, p.planned_end) >= '" + from + "' GROUP BY p.provider_id) g "
                    + "JOIN organisation o ON o.id = g.provider_id ORDER BY g.spend DESC");
            queries.put("children within 20 miles (hub)", "SELECT p.council_id, SUM(p.distance_km <= 32.2), SUM(p.distance_km > 32.2) FROM placement p "
                    + "FORCE INDEX (ix_placement_hub_provider) WHERE p.hub_id = " + hub + " AND p.status = 'STARTED' GROUP BY p.council_id");
            queries.put("national: per hub", "SELECT p.hub_id, COUNT(*), " + year + " FROM placement p WHERE p.status IN ('AGREED', 'STARTED', 'ENDED') "
                    + "GROUP BY p.hub_id");
            queries.put("provider performance: placements per provider (hub)", "SELECT p.provider_id, COUNT(*), SUM(p.ending = 'UNPLANNED') "
                    + "FROM placement p WHERE p.hub_id = " + hub + " AND p.status <> 'CANCELLED' GROUP BY p.provider_id");
            queries.put("benchmarks (hub)", "SELECT g.category, g.need_level, g.council_id, o.name, g.n, g.average FROM "
                    + "(SELECT p.category, p.need_level, p.council_id, COUNT(*) n, AVG(p.weekly_fee) average FROM placement p "
                    + "WHERE p.hub_id = " + hub + " AND p.status IN ('AGREED', 'STARTED') GROUP BY p.category, p.need_level, p.council_id) g "
                    + "JOIN organisation o ON o.id = g.council_id ORDER BY g.category, g.need_level");
            queries.put("savings weeks (council; the hub's is the same by hub_id)", "SELECT g.council_id, o.name, g.category, g.need_level, "
                    + "g.n, g.weeks, g.fee_weeks FROM (SELECT p.council_id, p.category, p.need_level, COUNT(*) n, "
                    + "SUM((DATEDIFF(COALESCE(p.ended_on, p.planned_end), p.start_date) + 1) / 7) weeks, "
                    + "SUM(p.weekly_fee * (DATEDIFF(COALESCE(p.ended_on, p.planned_end), p.start_date) + 1) / 7) fee_weeks "
                    + "FROM placement p WHERE p.council_id = " + bolton + " AND p.status IN ('AGREED', 'STARTED', 'ENDED') "
                    + "GROUP BY p.council_id, p.category, p.need_level) g JOIN organisation o ON o.id = g.council_id");
            queries.put("referrals placed (council)", "SELECT COUNT(*) FROM referral r WHERE r.council_id = " + bolton + " AND r.status = 'PLACED'");
            queries.put("days to place (council)", "SELECT AVG(TIMESTAMPDIFF(MINUTE, p.referred_at, p.agreed_at)) / 1440 FROM placement p "
                    + "WHERE p.council_id = " + bolton + " AND p.status IN ('AGREED', 'STARTED', 'ENDED')");
            queries.put("register page 200 (hub): the page's ids from the index, then their details", "SELECT STRAIGHT_JOIN p.id, "
                    + "co.name, po.name, s.name, t.title FROM (SELECT p.id FROM placement p WHERE p.hub_id = " + hub + " ORDER BY "
                    + "p.start_date DESC, p.id DESC LIMIT 50 OFFSET 10000) page JOIN placement p ON p.id = page.id JOIN organisation po "
                    + "ON po.id = p.provider_id JOIN organisation co ON co.id = p.council_id JOIN provider_setting s ON s.id = p.setting_id "
                    + "JOIN framework_agreement fa ON fa.id = p.agreement_id JOIN tender t ON t.id = fa.tender_id ORDER BY p.start_date DESC");
            queries.put("register count filtered by council (hub)", "SELECT COUNT(*) FROM placement p FORCE INDEX (ix_placement_council_insight) "
                    + "WHERE p.hub_id = " + hub + " AND p.council_id = " + bolton + " AND p.category = 'FOSTERING_STANDARD'");
            queries.put("call-offs per agreement (tenders register)", "SELECT fa.tender_id, COUNT(p.id) FROM framework_agreement fa JOIN placement p "
                    + "ON p.agreement_id = fa.id WHERE fa.tender_id IN (SELECT id FROM tender WHERE hub_id = " + hub + ") AND p.status <> 'CANCELLED' "
                    + "GROUP BY fa.tender_id");
            try (Statement s = c.createStatement()) {
                for (var q : queries.entrySet()) {
                    System.out.println();
                    System.out.println("EXPLAIN " + q.getKey() + ":");
                    try (ResultSet rs = s.executeQuery("EXPLAIN " + q.getValue())) {
                        ResultSetMetaData m = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder line = new StringBuilder("  ");
                            for (int i = 1; i <= m.getColumnCount(); i++) {
                                line.append(m.getColumnLabel(i)).append('=').append(rs.getString(i)).append(' ');
                            }
                            System.out.println(line);
                        }
                    }
                }
            }
        }
    }
}
