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
        for (String user : List.of(ADMIN, EVALUATOR, AUDITOR, BOLTON, OAKFIELD)) {
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
}
