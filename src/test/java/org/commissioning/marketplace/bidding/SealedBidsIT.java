package org.commissioning.marketplace.bidding;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Tenders;
import org.commissioning.marketplace.testing.TestServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every way in, before opening: each role, each endpoint, each page, the exports, the open data,
 * the audit trail and a dump of the database. A submitted bid carries markers (in its fee, its
 * answer and its attached file) that must appear nowhere until the hub opens the bids.
 */
class SealedBidsIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    @Test
    void nobodyReadsASubmittedBidBeforeOpening() throws Exception {
        JsonObject tender = Tenders.publishedOneLot(as(HUB));
        long id = tender.getJsonNumber("id").longValue();
        String marker = "SEALED" + UUID.randomUUID().toString().replace("-", "");
        String fee = "1234.57";
        String files = "api/tenders/" + id + "/bids/mine/draft/attachments";
        long fileId = as(BRIGHTWATER).upload(files + "?purpose=selection%201&fileName=" + marker + ".pdf", "application/pdf",
                ("%PDF-1.4 " + marker).getBytes(StandardCharsets.US_ASCII)).json().getJsonNumber("id").longValue();
        JsonObject receipt = as(BRIGHTWATER).post("api/tenders/" + id + "/bids/mine/submission",
                Tenders.bid(tender, fee, marker)).json();
        long bidId = receipt.getJsonNumber("bidId").longValue();
        String t = "api/tenders/" + id;
        Api.Response own = as(BRIGHTWATER).get(t + "/bids/mine/submission");
        assertTrue(own.status() == 200 && own.body().contains(marker), "the bidder reads the bid it sent: " + own);

        // The bids themselves: only the hub may ever read them, and not yet.
        List<String> refused = new ArrayList<>();
        expect(refused, 401, Api.anonymous(url).get(t + "/bids"), "anonymous: opened bids");
        expect(refused, 401, Api.anonymous(url).get(t + "/bids/mine"), "anonymous: own bids");
        expect(refused, 409, as(HUB).get(t + "/bids"), "hub commissioner: opened bids before opening");
        expect(refused, 409, as(HUB).download(t + "/bids/" + bidId + "/attachments/" + fileId), "hub commissioner: a file before opening");
        expect(refused, 409, as(HUB).post(t + "/bids/opening", ""), "hub commissioner: opening before the deadline");
        expect(refused, 404, as(OTHER_HUB).get(t + "/bids"), "another hub: opened bids");
        for (String user : List.of(ADMIN, EVALUATOR, YOUNG_EVALUATOR, AUDITOR, BOLTON, OAKFIELD)) {
            expect(refused, 403, as(user).get(t + "/bids"), user + ": opened bids");
            expect(refused, 403, as(user).download(t + "/bids/" + bidId + "/attachments/" + fileId), user + ": a file");
        }
        expect(refused, 404, as(OAKFIELD).download(t + "/bids/mine/" + bidId + "/receipt"), "another provider: the receipt");
        expect(refused, 404, as(OAKFIELD).get(t + "/bids/mine/submission"), "another provider: the bidder's submission");
        expect(refused, 403, as(HUB).get(t + "/bids/mine/submission"), "hub commissioner: a provider's submission");
        expect(refused, 401, Api.anonymous(url).get(t + "/bids/mine/submission"), "anonymous: a submission");
        expect(refused, 404, as(OAKFIELD).download(files + "/" + fileId), "another provider: the draft file");
        expect(refused, 404, as(BRIGHTWATER).download(files + "/" + fileId), "the bidder: the file once sealed");
        assertEquals(List.of(), refused, "every way in is refused");

        // Everything readable says nothing of the content.
        List<String> readable = List.of(
                as(HUB).get(t + "/bids/counts").body(),
                as(HUB).get(t).body(),
                as(HUB).get("api/tenders?size=100").body(),
                as(EVALUATOR).get(t).body(),
                as(BOLTON).get(t).body(),
                as(OAKFIELD).get(t + "/bids/mine").body(),
                as(BRIGHTWATER).get(t + "/bids/mine").body(),
                as(BRIGHTWATER).get(t + "/bids/mine/draft").body(),
                as(BRIGHTWATER).download(t + "/bids/mine/" + bidId + "/receipt").body(),
                Api.anonymous(url).get(t + "/ocds").body(),
                Api.anonymous(url).get(t + "/notice").body(),
                as(AUDITOR).get("api/audit-entries?size=200").body(),
                as(ADMIN).get("api/audit-entries?size=200").body());
        for (int i = 0; i < readable.size(); i++) {
            assertNoContent(readable.get(i), marker, fee, "API answer " + i);
        }

        // Pages, for every role that has any.
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tender.xhtml?id=" + id);
        assertEquals("Lot 1 1 bid", browser.text("#bid-counts").replaceAll("\\s+", " ").strip(),
                "the hub's tender page shows only how many bids each lot has");
        browser.screenshot("sealed-hub-tender");
        assertNoContent(browser.driver().getPageSource(), marker, fee, "hub tender page");
        browser.open("hub/tenders.xhtml");
        assertNoContent(browser.driver().getPageSource(), marker, fee, "hub tenders page");
        browser.signOut().signIn(AUDITOR, Api.DEMO_PASSWORD).open("audit/home.xhtml");
        assertNoContent(browser.driver().getPageSource(), marker, fee, "audit trail page");
        browser.signOut().signIn(ADMIN, Api.DEMO_PASSWORD).open("admin/home.xhtml");
        assertNoContent(browser.driver().getPageSource(), marker, fee, "administration page");
        browser.signOut().signIn(OAKFIELD, Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + id);
        assertNoContent(browser.driver().getPageSource(), marker, fee, "another provider's tender page");
        browser.open("provider/bid.xhtml?tender=" + id);
        assertNoContent(browser.driver().getPageSource(), marker, fee, "another provider's bid page");
        browser.signOut().signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/bid.xhtml?tender=" + id);
        // The bid is the bidder's own: its page shows what it sent (and only there, as everything above shows).
        assertTrue(browser.driver().getPageSource().contains(marker), "the bidder reads the bid it sent");

        // A dump of the whole database.
        try (Connection c = TestServices.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("bid", "bid_attachment", "audit_entry", "outbound_email", "tender", "tender_key")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int col = 1; col <= columns; col++) {
                            byte[] value = rs.getBytes(col);
                            if (value != null) {
                                assertNoContent(new String(value, StandardCharsets.ISO_8859_1), marker, fee, "table " + table);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void expect(List<String> failures, int status, Api.Response response, String what) {
        if (response.status() != status) {
            failures.add(what + ": expected " + status + " but was " + response.status());
        }
    }

    private static void assertNoContent(String text, String marker, String fee, String where) {
        assertTrue(!text.contains(marker) && !text.contains(fee), where + " shows sealed bid content");
    }

    // ==== From BidsApiIT: Sealed bids through the REST API of the deployed WAR: drafts with optimistic
    // locking, complete submissions with receipts, idempotent retries, replacement and withdrawal, the seal
    // (ciphertext at rest, nothing readable before opening), the deadline, and opening.


    private JsonObject publishedTender() {
        return Tenders.publishedOneLot(as(HUB));
    }

    private static String content(JsonObject tender, String fee, String answer) {
        return Tenders.bid(tender, fee, answer);
    }

    private Response submit(long tender, String user, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(Deployments.local(url).resolve("api/tenders/" + tender + "/bids/mine/submission"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes()))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), "", "", r.body());
    }

    private long saveDraft(long tender, String user, String content) {
        JsonObject draft = as(user).get("api/tenders/" + tender + "/bids/mine/draft").json();
        Response saved = as(user).put("api/tenders/" + tender + "/bids/mine/draft?version=" + draft.getJsonNumber("version"), content);
        assertEquals(200, saved.status(), saved.toString());
        return saved.json().getJsonNumber("version").longValue();
    }

    @Test
    void aSealedBidIsSubmittedReplacedAndOpenedOnlyAfterTheDeadline() throws Exception {
        JsonObject tender = publishedTender();
        long id = tender.getJsonNumber("id").longValue();

        JsonObject empty = as(BRIGHTWATER).get("api/tenders/" + id + "/bids/mine/draft").json();
        assertTrue(empty.getJsonObject("problems").containsKey("lots"), "the draft lists what is missing");
        Response incomplete = submit(id, BRIGHTWATER, null);
        assertEquals(400, incomplete.status());

        long version = saveDraft(id, BRIGHTWATER, content(tender, "950.00", "Our distinctive safeguarding answer"));
        Response stale = as(BRIGHTWATER).put("api/tenders/" + id + "/bids/mine/draft?version=" + (version - 1),
                content(tender, "1.00", "x"));
        assertEquals(409, stale.status(), "two people editing: a clear conflict, never an overwrite");

        String key = UUID.randomUUID().toString();
        Response receipt = submit(id, BRIGHTWATER, key);
        assertEquals(201, receipt.status(), receipt.toString());
        String digest = receipt.json().getString("digest");
        assertEquals(64, digest.length());
        Response retry = submit(id, BRIGHTWATER, key);
        assertEquals(receipt.json().getJsonNumber("bidId"), retry.json().getJsonNumber("bidId"), "a retry creates no second bid");
        assertEquals(1, as(BRIGHTWATER).get("api/tenders/" + id + "/bids/mine").json().getJsonArray("bids").size());
        assertTrue(Mail.body(Mail.await(BRIGHTWATER, "Bid receipt for " + tender.getString("reference"))).contains(digest));

        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT draft, sealed_content FROM bid WHERE tender_id = ? AND status = 'SUBMITTED'")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(null, rs.getString(1), "no plaintext copy is kept");
                String atRest = new String(rs.getBytes(2), StandardCharsets.ISO_8859_1);
                assertFalse(atRest.contains("950") || atRest.contains("distinctive"), "a database dump reveals nothing");
            }
        }

        // Sealed: nobody reads it before opening, not even the hub or an administrator.
        Response early = as(HUB).get("api/tenders/" + id + "/bids");
        assertEquals(409, early.status());
        assertFalse(early.body().contains("950") || early.body().contains("distinctive"));
        assertEquals(403, as(ADMIN).get("api/tenders/" + id + "/bids").status());
        assertEquals(403, as(OAKFIELD).get("api/tenders/" + id + "/bids").status());
        assertEquals(1, as(HUB).get("api/tenders/" + id + "/bids/counts").json().getJsonObject("bidsPerLot").getInt("1"));
        assertEquals(409, as(HUB).post("api/tenders/" + id + "/bids/opening", "").status(), "not before the deadline");
        assertEquals(0, as(OAKFIELD).get("api/tenders/" + id + "/bids/mine").json().getJsonArray("bids").size());
        assertTrue(as("auditor@northwest-hub.example").get("api/audit-entries?action=bid.submitted").body().contains(digest));
        assertFalse(as("auditor@northwest-hub.example").get("api/audit-entries?action=bid.submitted").body().contains("distinctive"),
                "the audit trail holds no bid content");

        // Replace, and another provider submits then withdraws.
        saveDraft(id, BRIGHTWATER, content(tender, "990.00", "Our revised answer"));
        assertEquals(201, submit(id, BRIGHTWATER, UUID.randomUUID().toString()).status());
        saveDraft(id, OAKFIELD, content(tender, "1010.00", "Oakfield's answer"));
        assertEquals(201, submit(id, OAKFIELD, null).status());
        assertEquals("WITHDRAWN", as(OAKFIELD).delete("api/tenders/" + id + "/bids/mine/submission").json().getString("status"));
        var mine = as(BRIGHTWATER).get("api/tenders/" + id + "/bids/mine").json().getJsonArray("bids");
        assertEquals("SUBMITTED", mine.getJsonObject(0).getString("status"));
        assertEquals("SUPERSEDED", mine.getJsonObject(1).getString("status"), "earlier submissions are kept, superseded");
        assertEquals(1, as(HUB).get("api/tenders/" + id + "/bids/counts").json().getJsonObject("bidsPerLot").getInt("1"));

        Api admin = as(ADMIN);
        try {
            passTheDeadline(admin);
            saveDraftRefused(id);
            Response late = submit(id, OAKFIELD, null);
            assertEquals(409, late.status(), "at and after the deadline submission is refused");
            openAfterDeadline(id);
            var opened = as(HUB).get("api/tenders/" + id + "/bids").structure().asJsonArray();
            assertEquals(1, opened.size(), "only the current submission counts");
            JsonObject bid = opened.getJsonObject(0);
            assertEquals("Brightwater Fostering Ltd", bid.getString("providerName"));
            assertTrue(bid.getBoolean("digestMatches"));
            assertEquals("990.00", bid.getJsonObject("content").getJsonArray("lots").getJsonObject(0)
                    .getJsonObject("weeklyFees").getJsonNumber("STANDARD").bigDecimalValue().setScale(2).toPlainString());
            assertEquals(409, as(HUB).post("api/tenders/" + id + "/bids/opening", "").status(), "opened once");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    @Test
    void evidenceFilesAreCheckedSealedWithTheBidCoveredByTheReceiptAndReadableOnceOpened() throws Exception {
        JsonObject tender = publishedTender();
        long id = tender.getJsonNumber("id").longValue();
        String files = "api/tenders/" + id + "/bids/mine/draft/attachments";
        byte[] policy = ("%PDF-1.4\nSafeguarding policy SECRET-EVIDENCE-" + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        Response attached = as(BRIGHTWATER).upload(files + "?purpose=selection%201&fileName=policy.pdf", "application/pdf", policy);
        assertEquals(201, attached.status(), attached.toString());
        assertEquals("selection 1", attached.json().getString("purpose"));

        // Every bad file is refused with its reason, and changes nothing.
        byte[] zip = {'P', 'K', 3, 4, 1, 2, 3};
        Response renamed = as(BRIGHTWATER).upload(files + "?purpose=selection%201&fileName=scan.pdf", "application/pdf", zip);
        assertEquals(400, renamed.status());
        assertTrue(renamed.body().contains("not really a .pdf file"), renamed.body());
        Response program = as(BRIGHTWATER).upload(files + "?purpose=selection%201&fileName=setup.exe", "application/octet-stream", zip);
        assertEquals(400, program.status());
        assertTrue(program.body().contains("not a kind you can attach"), program.body());
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(policy, 0, huge, 0, 8);
        Response tooLarge = as(BRIGHTWATER).upload(files + "?purpose=selection%201&fileName=big.pdf", "application/pdf", huge);
        assertEquals(400, tooLarge.status());
        assertTrue(tooLarge.body().contains("larger than 10 MB"), tooLarge.body());
        Response nowhere = as(BRIGHTWATER).upload(files + "?purpose=lot%209%20answer%201&fileName=policy.pdf", "application/pdf", policy);
        assertEquals(400, nowhere.status());
        assertTrue(nowhere.body().contains("Say what the file supports"), nowhere.body());
        assertEquals(1, as(BRIGHTWATER).get("api/tenders/" + id + "/bids/mine/draft").json().getJsonArray("attachments").size());
        assertEquals(404, as(OAKFIELD).bytes(files + "/" + attached.json().getJsonNumber("id")).statusCode(),
                "another provider cannot fetch the file");
        assertEquals(400, as(BRIGHTWATER).post("api/tenders/" + id + "/bids/mine/submission", "{\"lots\": [").status(),
                "malformed JSON is refused");

        // One request submits the bid in its body; the draft's file goes with it.
        Response receipt = as(BRIGHTWATER).post("api/tenders/" + id + "/bids/mine/submission", content(tender, "975.50", "Answer"));
        assertEquals(201, receipt.status(), receipt.toString());
        long bidId = receipt.json().getJsonNumber("bidId").longValue();
        JsonObject listed = as(BRIGHTWATER).get("api/tenders/" + id + "/bids/mine").json().getJsonArray("bids").getJsonObject(0);
        assertEquals(receipt.json().getString("submittedAt"), listed.getString("submittedAt"), "the receipt time is kept to the millisecond");

        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT file_name, sha256, sealed, content FROM bid_attachment WHERE bid_id = ?")) {
            s.setLong(1, bidId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(null, rs.getString(1), "the file's name is sealed with the bid");
                assertEquals(null, rs.getString(2));
                assertTrue(rs.getBoolean(3));
                assertFalse(new String(rs.getBytes(4), StandardCharsets.ISO_8859_1).contains("SECRET-EVIDENCE"), "the file is encrypted at rest");
            }
        }

        HttpResponse<byte[]> pdf = as(BRIGHTWATER).bytes("api/tenders/" + id + "/bids/mine/" + bidId + "/receipt");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(404, as(OAKFIELD).bytes("api/tenders/" + id + "/bids/mine/" + bidId + "/receipt").statusCode(),
                "a receipt is its bidder's alone");

        Api admin = as(ADMIN);
        try {
            passTheDeadline(admin);
            openAfterDeadline(id);
            JsonObject bid = as(HUB).get("api/tenders/" + id + "/bids").structure().asJsonArray().getJsonObject(0);
            assertTrue(bid.getBoolean("digestMatches"));
            JsonObject file = bid.getJsonObject("content").getJsonArray("attachments").getJsonObject(0);
            assertEquals("policy.pdf", file.getString("fileName"));
            HttpResponse<byte[]> opened = as(HUB).bytes("api/tenders/" + id + "/bids/" + bidId + "/attachments/" + file.getJsonNumber("id"));
            assertEquals(200, opened.statusCode());
            assertTrue(java.util.Arrays.equals(policy, opened.body()), "the hub reads exactly the file the provider attached");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    /** Providers of the North West hub that can bid, each with an API token (no password hash per request). */
    private List<Api> bidders(int count) {
        List<String> providers = List.of(BRIGHTWATER, OAKFIELD, KESTREL, "provider@irwell-adoption.example",
                "provider@greenbank-school.example", "provider@pennine-families.example", "provider@moorside.example",
                "provider@stockport-homes.example");
        return providers.subList(0, count).stream().map(p -> Api.anonymous(url).withToken(
                as(p).post("api/me/tokens", "{\"label\":\"deadline burst\"}").json().getString("token"))).toList();
    }

    @Test
    void noReceiptIsGivenAtOrAfterTheDeadlineUnderABurstAcrossIt() throws Exception {
        JsonObject tender = publishedTender();
        long id = tender.getJsonNumber("id").longValue();
        Instant deadline = Instant.parse(tender.getString("bidDeadline"));
        List<Api> providers = bidders(8);
        Api admin = as(ADMIN);
        // The server's clock is moved to 1.5 s before the real bid deadline; 32 clients submit across it.
        Instant serverNow = TestClock.serverNow(admin);
        admin.put("api/test-support/clock", "{\"seconds\":" + (Duration.between(serverNow, deadline).toSeconds() - 2) + "}");
        List<String> accepted = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<String> refused = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<String> unexpected = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try {
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(32);
            long stopAt = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            for (int c = 0; c < 32; c++) {
                Api provider = providers.get(c % providers.size());
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; System.nanoTime() < stopAt && i < 400; i++) {
                        Response r = provider.post("api/tenders/" + id + "/bids/mine/submission",
                                content(tender, (800 + client) + "." + String.format("%02d", i % 100), "Burst " + client + "/" + i),
                                "Idempotency-Key", "burst-" + client + "-" + i);
                        if (r.status() == 201) {
                            accepted.add(r.json().getString("submittedAt"));
                        } else if (r.status() == 409 && r.body().contains("deadline") && r.body().contains("has passed")) {
                            refused.add(r.body());
                        } else {
                            unexpected.add(r.status() + " " + r.body());
                        }
                    }
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES));
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals(List.of(), unexpected, "every refusal is a 409 saying the deadline has passed");
        assertFalse(accepted.isEmpty(), "bids before the deadline are accepted");
        assertFalse(refused.isEmpty(), "the burst crossed the deadline");
        List<String> late = accepted.stream().filter(t -> !Instant.parse(t).isBefore(deadline)).toList();
        assertEquals(List.of(), late, "no receipt at or after the deadline " + deadline);
        try (Connection c = TestServices.connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM bid b JOIN tender t ON t.id = b.tender_id "
                     + "WHERE t.id = ? AND b.submitted_at >= t.bid_deadline")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no bid stored at or after the deadline");
            }
        }
    }

    @Test
    void concurrentRetriesGetTheSameReceiptAndAKeyAnswersOnlyItsOwnRequest() throws Exception {
        JsonObject tender = publishedTender();
        long id = tender.getJsonNumber("id").longValue();
        Api provider = bidders(1).get(0);
        String body = content(tender, "901.00", "Retried");
        String key = "retry-" + UUID.randomUUID();
        java.util.concurrent.ExecutorService copies = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(copies.submit(() -> provider.post("api/tenders/" + id + "/bids/mine/submission", body, "Idempotency-Key", key)));
        }
        java.util.Set<String> receipts = new java.util.HashSet<>();
        for (var answer : answers) {
            Response r = answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(201, r.status(), r.toString());
            receipts.add(r.json().getJsonNumber("bidId") + " " + r.json().getString("digest") + " " + r.json().getString("submittedAt"));
        }
        copies.shutdown();
        assertEquals(1, receipts.size(), "every copy gets the same receipt: " + receipts);
        assertEquals(1, provider.get("api/tenders/" + id + "/bids/mine").json().getJsonArray("bids").size(), "one bid");

        Response otherBody = provider.post("api/tenders/" + id + "/bids/mine/submission", content(tender, "999.00", "Other"),
                "Idempotency-Key", key);
        assertEquals(422, otherBody.status(), otherBody.toString());
        assertTrue(otherBody.body().contains("Idempotency-Key") && otherBody.body().contains("different bid"), otherBody.body());
        JsonObject another = publishedTender();
        Response otherTender = provider.post("api/tenders/" + another.getJsonNumber("id") + "/bids/mine/submission",
                content(another, "901.00", "Retried"), "Idempotency-Key", key);
        assertEquals(422, otherTender.status(), otherTender.toString());
        assertTrue(otherTender.body().contains("another tender"), otherTender.body());
    }

    private static void passTheDeadline(Api admin) {
        admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
    }

    /** Once the clock has passed the bid deadline: waits for the scheduler to close bids, and opens them. */
    private void openAfterDeadline(long id) throws InterruptedException {
        Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");
        assertTrue(as(HUB).post("api/tenders/" + id + "/bids/opening", "").json().getBoolean("opened"));
    }

    private void saveDraftRefused(long id) {
        assertEquals(409, as(OAKFIELD).get("api/tenders/" + id + "/bids/mine/draft").status());
    }
}
