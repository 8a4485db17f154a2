package org.commissioning.marketplace.testing;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built WAR in its own Payara Micro process at the root context, for tests that must kill it
 * or start it on a database of their own; on the test SMTP server, master key and clock.
 */
public final class MarketplaceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final Process process;
    private final Path log;

    private MarketplaceProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** A free local port. */
    public static int freePort() throws java.io.IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /**
     * Starts Payara Micro on {@code port} against the database at {@code dbUrl} with the given
     * extra system properties ("-Dname=value"), and waits until it is healthy.
     */
    public static MarketplaceProcess start(int port, String name, String dbUrl, List<String> properties) throws Exception {
        Path log = Path.of(System.getProperty("marketplace.it.dir", "target/it"), name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("marketplace.it.tmp", System.getProperty("java.io.tmpdir")),
                "-Ddb.url=" + dbUrl, "-Ddb.user=" + System.getProperty("it.db.user"),
                "-Ddb.password=" + System.getProperty("it.db.password"),
                "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=" + System.getProperty("it.smtp.port"),
                "-Dmarketplace.bid-master-key=" + System.getProperty("it.bid.key"),
                "-Dmarketplace.clock-start=" + System.getProperty("it.clock.start", ""),
                "-Dmarketplace.clock-anchor=" + System.getProperty("it.clock.anchor", "")));
        command.addAll(properties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nohazelcast", "--prebootcommandfile", preBootCommands(), "--port", String.valueOf(port),
                "--deploy", new File(System.getProperty("marketplace.war")).getAbsolutePath(), "--contextroot", "/"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI health = URI.create("http://127.0.0.1:" + port + "/health");
        Instant until = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(until) && p.isAlive()) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
                    return new MarketplaceProcess(port, p, log);
                }
            } catch (Exception notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new IllegalStateException("Payara Micro did not become healthy; see " + log);
    }

    /** The pre-boot commands every marketplace runs with (config/pre-boot-commands.asadmin), applied before the HTTP listener starts. */
    public static String preBootCommands() {
        return Path.of("config", "pre-boot-commands.asadmin").toAbsolutePath().toString();
    }

    public URL base() throws java.net.MalformedURLException {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    /** What the server has written to its log so far. */
    public String log() throws java.io.IOException {
        return Files.readString(log);
    }

    /** SIGKILL, as kill -9: no shutdown hooks, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
