package org.commissioning.marketplace.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a measured run cost, read before and after it: the server process's CPU time (Payara
 * Micro, found by its command line, or BENCH_SERVER_PID), the database process's CPU time (the
 * mariadbd or mysqld serving the benchmark's port, or BENCH_DB_PID) and its statement counters
 * ({@code SHOW GLOBAL STATUS}: every statement a client sent, commits and session settings
 * included), and this process's own CPU time (the load generator).
 */
final class Meters {

    static final String[] COUNTERS = {"Questions", "Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit",
        "Com_rollback", "Com_set_option"};

    private final Connection counters;
    private final Optional<ProcessHandle> server;
    private final Optional<ProcessHandle> database;

    /** Reads through one connection kept open, so each reading adds one statement (its SHOW GLOBAL STATUS). */
    Meters(String dbUrl) throws java.sql.SQLException {
        this.counters = BenchDatabase.connect(dbUrl, false);
        this.server = process("BENCH_SERVER_PID", "payara-micro");
        String port = dbUrl.replaceAll("^jdbc:[a-z]+://[^:/]+:?(\\d*).*$", "$1");
        this.database = process("BENCH_DB_PID", "--port=" + (port.isEmpty() ? "3306" : port));
    }

    private static Optional<ProcessHandle> process(String variable, String commandLineHas) {
        String pid = System.getenv(variable);
        if (pid != null && !pid.isBlank()) {
            return ProcessHandle.of(Long.parseLong(pid.strip()));
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(commandLineHas)
                        && (commandLineHas.startsWith("--port") ? c.contains("mysqld") || c.contains("mariadbd") : c.contains("java"))).orElse(false))
                .findFirst();
    }

    String describe() {
        return "server process " + server.map(p -> String.valueOf(p.pid())).orElse("not found (set BENCH_SERVER_PID)")
                + ", database process " + database.map(p -> String.valueOf(p.pid())).orElse("not found (set BENCH_DB_PID)");
    }

    record Reading(long wallNanos, long serverCpuNanos, long databaseCpuNanos, long ownCpuNanos, Map<String, Long> counters) {
    }

    /** The cost per request between two readings. */
    record Cost(double serverCpuMs, double databaseCpuMs, double statements, Map<String, Double> byKind, double generatorShare) {
        String statementsText() {
            return String.format("%.1f (%s)", statements, String.join(", ",
                    byKind.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                            .map(e -> String.format("%.1f %s", e.getValue(), e.getKey().replace("Com_", "").replace("set_option", "set")))
                            .toList()));
        }
    }

    Reading read() throws Exception {
        Map<String, Long> counters = new HashMap<>();
        try (Statement s = this.counters.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", COUNTERS) + "')")) {
            while (rs.next()) {
                counters.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new Reading(System.nanoTime(), cpu(server), cpu(database), cpu(Optional.of(ProcessHandle.current())), counters);
    }

    private static long cpu(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    /** Per request, over {@code requests} requests between the readings (the readings' own statements left out). */
    static Cost between(Reading before, Reading after, long requests) {
        double n = Math.max(1, requests);
        Map<String, Double> byKind = new java.util.LinkedHashMap<>();
        for (String counter : COUNTERS) {
            if (!counter.equals("Questions")) {
                byKind.put(counter, (after.counters().get(counter) - before.counters().get(counter)) / n);
            }
        }
        // The later reading's own SHOW GLOBAL STATUS is counted in it; it is not the requests'.
        double statements = (after.counters().get("Questions") - before.counters().get("Questions") - 1) / n;
        int cores = Runtime.getRuntime().availableProcessors();
        double wall = after.wallNanos() - before.wallNanos();
        return new Cost(per(before.serverCpuNanos(), after.serverCpuNanos(), n), per(before.databaseCpuNanos(), after.databaseCpuNanos(), n),
                statements, byKind, (after.ownCpuNanos() - before.ownCpuNanos()) / (wall * cores));
    }

    private static double per(long before, long after, double n) {
        return before < 0 || after < 0 ? Double.NaN : (after - before) / 1e6 / n;
    }
}
