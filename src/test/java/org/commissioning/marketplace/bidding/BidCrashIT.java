package org.commissioning.marketplace.bidding;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.MarketplaceProcess;
import org.commissioning.marketplace.testing.Tenders;
import org.commissioning.marketplace.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never lost: the marketplace process is killed (SIGKILL, as kill -9) in the middle of a burst of
 * bid submissions, started again on the same database, and every submission that was answered
 * with a receipt is there with the same receipt digest. Runs its own Payara Micro process (the
 * built WAR, the test database), so it can kill it.
 */
class BidCrashIT {

    private static final List<String> PROVIDERS = List.of(BRIGHTWATER, OAKFIELD,
            "provider@irwell-adoption.example", "provider@greenbank-school.example");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private MarketplaceProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyAcknowledgedSubmissionSurvivesAKilledServer() throws Exception {
        int port = MarketplaceProcess.freePort();
        server = start(port, "first");
        URL base = server.base();
        Api hub = Api.anonymous(base).asDemo(HUB);
        JsonObject tender = Tenders.publishedOneLot(hub);
        long id = tender.getJsonNumber("id").longValue();

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        Map<Long, String> bidder = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(PROVIDERS.size());
        for (String provider : PROVIDERS) {
            clients.submit(() -> {
                for (int i = 0; !killed.get() && i < 1000; i++) {
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("api/tenders/" + id + "/bids/mine/submission"))
                                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((provider + ":" + Api.DEMO_PASSWORD).getBytes()))
                                .header("Content-Type", "application/json").header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(Tenders.bid(tender, (900 + i) + ".00", "Answer " + i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            JsonObject receipt = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
                            long bidId = receipt.getJsonNumber("bidId").longValue();
                            acknowledged.put(bidId, receipt.getString("digest"));
                            bidder.put(bidId, provider);
                        }
                    } catch (Exception connectionLost) {
                        // The server was killed under this request: it was never acknowledged.
                    }
                }
                return null;
            });
        }
        Instant until = Instant.now().plusSeconds(120);
        while (acknowledged.size() < 30 && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        server.kill();   // SIGKILL: no shutdown hooks, no flushing, mid-burst
        killed.set(true);
        clients.shutdown();
        clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(acknowledged.size() >= 30, "the burst was under way when the server was killed: " + acknowledged.size());

        server = start(port, "second");
        List<String> lost = new ArrayList<>();
        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT receipt_digest, status, sealed_content IS NOT NULL FROM bid WHERE id = ?")) {
            for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                s.setLong(1, ack.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !ack.getValue().equals(rs.getString(1)) || !rs.getBoolean(3)
                            || !List.of("SUBMITTED", "SUPERSEDED").contains(rs.getString(2))) {
                        lost.add("bid " + ack.getKey());
                    }
                }
            }
        }
        assertEquals(List.of(), lost, "every acknowledged submission is in the database with its digest");
        for (String provider : PROVIDERS) {
            var mine = Api.anonymous(base).asDemo(provider).get("api/tenders/" + id + "/bids/mine").json().getJsonArray("bids");
            long current = mine.stream().filter(b -> b.asJsonObject().getString("status").equals("SUBMITTED")).count();
            assertTrue(current <= 1, provider + " has one current bid, not " + current);
            for (var b : mine) {
                long bidId = b.asJsonObject().getJsonNumber("bidId").longValue();
                if (provider.equals(bidder.get(bidId))) {
                    assertEquals(acknowledged.get(bidId), b.asJsonObject().getString("digest"), "the receipt shown after restart");
                }
            }
        }
    }

    /** Payara Micro with the built WAR on the test database, with the demo data; waits until healthy. */
    private static MarketplaceProcess start(int port, String name) throws Exception {
        return MarketplaceProcess.start(port, "crash-" + name, System.getProperty("it.db.url"),
                List.of("-Dmarketplace.demo-data=true"));
    }
}
