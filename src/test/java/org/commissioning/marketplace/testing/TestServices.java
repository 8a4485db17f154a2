package org.commissioning.marketplace.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.commissioning.marketplace.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Gives the integration tests the real services the marketplace talks to: a MariaDB (an embedded
 * server in target/it, new for every run, unless DB_URL, DB_USER and DB_PASSWORD name one) and an
 * SMTP server (GreenMail, in this JVM, so tests can read what was sent). Runs once per test JVM,
 * before Arquillian starts Payara Micro, and publishes both as system properties that
 * arquillian.xml passes on. Only active in the failsafe run (which sets marketplace.it.dir).
 */
public class TestServices implements LauncherSessionListener {

    private static EmbeddedDatabase embedded;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String itDir = System.getProperty("marketplace.it.dir");
        if (itDir == null || System.getProperty("it.db.url") != null) {
            return;
        }
        try {
            Path dir = Path.of(itDir);
            Path tmp = dir.resolve("tmp");
            Files.createDirectories(tmp);
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            System.setProperty("marketplace.it.tmp", tmp.toString());
            System.setProperty("it.preboot", MarketplaceProcess.preBootCommands());
            // The clock switch: every Payara Micro of this run and the tests share one started clock.
            TestClock.anchor(TestClock.configuredStart(), java.time.Instant.now());
            mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            System.setProperty("it.smtp.port", String.valueOf(mail.getSmtp().getPort()));
            byte[] masterKey = new byte[32];
            new java.security.SecureRandom().nextBytes(masterKey);
            System.setProperty("it.bid.key", java.util.Base64.getEncoder().encodeToString(masterKey));
            String url = System.getenv("DB_URL");
            if (url != null && !url.isBlank()) {
                publish(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
                return;
            }
            Path data = dir.resolve("mariadb");
            deleteRecursively(data);
            embedded = EmbeddedDatabase.start(data, 0);
            String jdbcUrl = embedded.createSchema("marketplace_it");
            publish(jdbcUrl, embedded.user(), embedded.password());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void publish(String url, String user, String password) {
        System.setProperty("it.db.url", url);
        // Arquillian substitutes properties into arquillian.xml before parsing it as XML.
        System.setProperty("it.db.url.xml", url.replace("&", "&amp;"));
        System.setProperty("it.db.user", user == null ? "" : user);
        System.setProperty("it.db.password", password == null ? "" : password);
    }

    /** The SMTP server the deployed marketplace sends to. */
    public static GreenMail mail() {
        return mail;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    /** Whether the tests run on their own embedded database, which they may stop and start. */
    public static boolean ownDatabase() {
        return embedded != null;
    }

    /** Runs {@code during} while the test database's server is stopped, then starts it again. */
    public static void withDatabaseDown(ThrowingRunnable during) throws Exception {
        embedded.stopServer();
        try {
            during.run();
        } finally {
            embedded.startAgain();
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * A new, empty schema on the test database's server (dropped first if a run left it), for a
     * marketplace that must start from nothing; returns its JDBC URL.
     */
    public static String freshSchema(String name) throws SQLException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a schema name: " + name);
        }
        String url = System.getProperty("it.db.url");
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return url.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + name);
    }

    /** A JDBC connection to the test database, for tests that must look beneath the application. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
