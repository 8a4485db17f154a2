package org.commissioning.marketplace.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts the marketplace for development and demonstration: the database (an embedded MariaDB
 * unless {@code DB_URL} is set), then Payara Micro with the built WAR and demo data. Ctrl-C stops
 * both. Run through {@code mvn -Prun package}; not packaged in the WAR.
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(required("marketplace.war"));
        Path microJar = Path.of(required("marketplace.microJar"));
        Path workDir = Path.of(required("marketplace.workDir"));
        int httpPort = Integer.parseInt(env("MARKETPLACE_PORT", "8080"));
        Files.createDirectories(workDir.resolve("tmp"));

        EmbeddedDatabase embedded = null;
        String dbUrl = env("DB_URL", "");
        String dbUser = env("DB_USER", "");
        String dbPassword = env("DB_PASSWORD", "");
        if (dbUrl.isBlank()) {
            Path dataDir = Path.of(env("MARKETPLACE_DATA_DIR", required("marketplace.dataDir"))).toAbsolutePath();
            LOG.info(() -> "Starting the embedded MariaDB server with its data in " + dataDir);
            embedded = EmbeddedDatabase.start(dataDir.resolve("mariadb"),
                    Integer.parseInt(env("MARKETPLACE_DB_PORT", "0"))).watch();
            dbUrl = embedded.createSchema("marketplace");
            dbUser = embedded.user();
            dbPassword = embedded.password();
            int dbPort = embedded.port();
            // For tools such as the benchmark, which measure the same database.
            Files.writeString(workDir.resolve("db-url"), dbUrl);
            LOG.info(() -> "Embedded MariaDB is listening on 127.0.0.1:" + dbPort);
        }

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + env("MARKETPLACE_HEAP", "768m"),
                "-Djava.io.tmpdir=" + workDir.resolve("tmp"),
                "-Dmarketplace.demo-data=true",
                "-Dmarketplace.demo-call-offs=true",
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(httpPort),
                // One instance: no data grid at all, so nothing listens but HTTP. Not with --nocluster too:
                // then Payara starts Hazelcast anyway, bound to port 6900 on every interface.
                "--nohazelcast",
                // Session cookies SameSite=Lax (set on the HTTP listener; Payara ignores web.xml's attribute).
                "--prebootcommandfile", Path.of("config", "pre-boot-commands.asadmin").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO().directory(workDir.toFile());
        if (env("MARKETPLACE_BID_MASTER_KEY", "").isBlank()) {
            // Development only: a key kept beside the embedded data, so sealed bids survive a restart.
            builder.environment().put("MARKETPLACE_BID_MASTER_KEY", developmentMasterKey(
                    Path.of(env("MARKETPLACE_DATA_DIR", required("marketplace.dataDir"))).toAbsolutePath()));
        }
        // Credentials travel in the environment, not on the command line where ps would show them.
        builder.environment().put("DB_URL", dbUrl);
        builder.environment().put("DB_USER", dbUser);
        builder.environment().put("DB_PASSWORD", dbPassword);
        Process payara = builder.start();

        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database), "marketplace-stop"));

        String base = "http://localhost:" + httpPort;
        if (awaitReady(URI.create(base + "/health"), payara, Duration.ofMinutes(5))) {
            LOG.info(() -> "\n\n  The marketplace is ready: " + base + "/\n  Demo accounts are listed in README.md. Ctrl-C stops it.\n");
        } else if (payara.isAlive()) {
            LOG.warning("The marketplace did not report healthy within 5 minutes; see the log above.");
        }
        int exit = payara.waitFor();
        if (exit != 0) {
            LOG.warning(() -> "Payara Micro exited with status " + exit);
        }
    }

    /** Reads, or creates once, the development master key for sealing bids (never committed: .data is git-ignored). */
    static String developmentMasterKey(Path dataDir) throws IOException {
        Path file = dataDir.resolve("bid-master-key");
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // permissions are the platform's
            }
        }
        return Files.readString(file).strip();
    }

    private static boolean awaitReady(URI health, Process payara, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until) && payara.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) health.toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                // Payara answers UP before the application is deployed (or when it failed to deploy):
                // ready means the application's own database check is there and UP.
                if (c.getResponseCode() == 200
                        && new String(c.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .contains("\"database\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    private static void stop(Process payara, EmbeddedDatabase database) {
        payara.destroy();
        try {
            if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        } catch (InterruptedException e) {
            payara.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (database != null) {
            database.close();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; start with mvn -Prun package");
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
