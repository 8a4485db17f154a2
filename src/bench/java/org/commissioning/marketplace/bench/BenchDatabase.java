package org.commissioning.marketplace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The database the marketplace uses: BENCH_DB_URL/USER/PASSWORD, or the embedded one the launcher
 * started (its URL in target/run/db-url, its generated password in .data/mariadb/marketplace-password).
 */
final class BenchDatabase {
    private BenchDatabase() {
    }

    static String url() throws java.io.IOException {
        String db = System.getenv("BENCH_DB_URL");
        if (db == null || db.isBlank()) {
            db = Files.readString(Path.of(System.getProperty("bench.dbUrlFile", "target/run/db-url"))).strip();
        }
        return db;
    }

    /** A connection, with batched statements rewritten into multi-row inserts when {@code batches}. */
    static Connection connect(String url, boolean batches) throws java.sql.SQLException {
        return DriverManager.getConnection(url + (batches ? (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true" : ""),
                System.getenv().getOrDefault("BENCH_DB_USER", "marketplace"), password());
    }

    private static String password() {
        String configured = System.getenv("BENCH_DB_PASSWORD");
        if (configured != null) {
            return configured;
        }
        Path generated = Path.of(System.getProperty("bench.dataDir", ".data"), "mariadb", "marketplace-password");
        try {
            return Files.readString(generated).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Set BENCH_DB_PASSWORD, or run from the folder whose .data the marketplace uses ("
                    + generated + " could not be read)", e);
        }
    }
}
