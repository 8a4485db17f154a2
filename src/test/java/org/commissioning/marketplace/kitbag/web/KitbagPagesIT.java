package org.commissioning.marketplace.kitbag.web;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Tenders;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.commissioning.marketplace.testing.DemoUsers.ADMIN;
import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.OTHER_HUB;
import static org.commissioning.marketplace.testing.DemoUsers.PLATFORM_ADMIN;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.SECOND_HUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commissioners' kitbag in the browser and through the API: a hub commissioner publishes and
 * revises guidance, a council commissioner of another hub's member finds it by searching, the
 * curators' rules hold, a review falls due to its owner under the server's clock.
 */
class KitbagPagesIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    /** A word nobody else's item holds, so searches find exactly this test's items on any day and any rerun. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("kb");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    @Test
    void aHubPublishesGuidanceACouncilFindsItAndTheHistoryIsKept() {
        String word = uniqueWord();
        long tender = Tenders.draftOneLot(as(HUB), "FRAMEWORK", null, "");

        browser.signIn(HUB, Api.DEMO_PASSWORD).open("kitbag/index.xhtml");
        assertEquals("Commissioners' kitbag", browser.heading());
        browser.follow("#add-item");
        browser.click("content:publish");
        assertEquals("There is a problem", browser.text(".error-summary-title"));
        String errors = browser.text(".error-summary-list");
        assertTrue(errors.contains("Choose what kind of item this is.") && errors.contains("Enter the title")
                && errors.contains("Choose at least one stage"), errors);

        browser.choose("content:category", "Guide").type("content:title", "Pooling fostering needs " + word)
                .type("content:summary", "How the hub adds up its councils' fostering needs before it tenders.")
                .type("content:text", "# Before you start\n\nAsk every member council for its **" + word + "** forecast.\n\n"
                        + "- Use the needs template\n- Check the totals <script>alert('x')</script>\n")
                .tick("content:stages:0", true).tick("content:stages:3", true)
                .choose("content:reviewEveryMonths", "6 months")
                .click("content:publish");
        assertTrue(browser.text(".notification").contains("is in the kitbag"), browser.pageText());
        assertEquals("Pooling fostering needs " + word, browser.heading());
        assertEquals("Before you start", browser.text("#text h1"), "Markdown is rendered");
        assertTrue(browser.text("#text").contains("<script>alert('x')</script>"), "HTML is shown as typed, never run");
        assertFalse(browser.has("#text script"));
        assertTrue(browser.text("#stages").contains("Analyse need") && browser.text("#stages").contains("Tender"), browser.text("#stages"));
        assertEquals(HUB, browser.text("#owner"));
        assertTrue(browser.text("#review-state").contains("Reviewed"), browser.text("#review-state"));
        String address = browser.driver().getCurrentUrl();
        long id = Long.parseLong(address.substring(address.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));

        browser.type("content:title", "Pooling fostering and residential needs " + word)
                .click("content:revise");
        assertTrue(browser.text(".error-summary-list").contains("Say what changed in this version"), browser.pageText());
        browser.type("content:changeNote", "Residential homes added").click("content:revise");
        assertEquals("Version 2 is published.", browser.text(".notification"));
        assertTrue(browser.text("#versions").contains("Version 2 Residential homes added"), browser.text("#versions"));
        assertTrue(browser.text("#versions").contains("Version 1 First version."), browser.text("#versions"));

        String reference = String.format("T-%06d", tender);
        browser.chooseStartingWith("use:tenderId", reference).click("use:record");
        assertTrue(browser.text("#uses").contains(reference + " Bids test"), browser.text("#uses"));
        assertTrue(browser.text("#uses").contains("Draft"), browser.text("#uses"));
        browser.screenshot("hub-kitbag-item");

        browser.open("kitbag/item.xhtml?id=" + id + "&v=1");
        assertEquals("Pooling fostering needs " + word, browser.heading(), "the first version as it was");
        assertTrue(browser.text("#old-version").contains("This is version 1"), browser.text("#old-version"));
        browser.signOut();

        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("kitbag/index.xhtml");
        browser.type("search:q", word.substring(0, 8) + " fostering").click("search:apply");
        assertTrue(browser.driver().getCurrentUrl().contains("q="), "the search is in the address");
        assertEquals(1, browser.column("#list\\:items", 0).size(), browser.text("#list\\:items"));
        assertTrue(browser.text("#list\\:items").contains("Pooling fostering and residential needs " + word), browser.text("#list\\:items"));
        browser.screenshot("council-kitbag-search");
        browser.choose("search:stage", "Manage contracts").click("search:apply");
        assertTrue(browser.text("#list\\:items").contains("Nothing in the kitbag matches"), browser.text("#list\\:items"));
        browser.type("search:q", "to a").click("search:apply");
        assertTrue(browser.text(".error-summary-list").contains("Search for words of three letters or more"), browser.pageText());

        browser.open("kitbag/item.xhtml?id=" + id);
        assertFalse(browser.has("#content\\:revise"), "a council reads, never curates");
        assertFalse(browser.has("#review-form\\:reviewed"));
        assertTrue(browser.has("#no-uses"), "a council sees a tender's use only once the tender is published");
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
        browser.signOut();
    }

    @Test
    void theCuratorsRulesHoldThroughTheApi() {
        String word = uniqueWord();
        Api hub = as(HUB);
        Response refused = hub.post("api/kitbag/items", "{\"category\":\"GUIDE\",\"title\":\"\",\"stages\":[]}");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("\"summary\"") && refused.body().contains("\"stages\"")
                && refused.body().contains("\"reviewEveryMonths\""), refused.body());

        Response created = hub.post("api/kitbag/items", item("Contract terms for solo homes " + word, "CONTRACT_TERMS", 12));
        assertEquals(201, created.status(), created.toString());
        JsonObject item = created.json();
        long id = item.getJsonNumber("id").longValue();
        long version = item.getJsonNumber("version").longValue();
        assertTrue(created.location().endsWith("/api/kitbag/items/" + id), created.location());
        assertTrue(item.getString("html").contains("<h2>Terms</h2>"), item.getString("html"));

        Response otherHub = as(OTHER_HUB).put("api/kitbag/items/" + id + "?version=" + version,
                item("Taken over " + word, "CONTRACT_TERMS", 12).replace("}", ",\"changeNote\":\"Mine now\"}"));
        assertEquals(403, otherHub.status(), "another hub reads but never curates: " + otherHub);
        assertEquals(403, as(BOLTON).post("api/kitbag/items", item("Council guide " + word, "GUIDE", 12)).status(),
                "councils read the kitbag; hubs and the platform curate it");
        assertEquals(403, as(BRIGHTWATER).get("api/kitbag/items?q=" + word).status(), "providers never read it");
        assertEquals(200, as(OTHER_HUB).get("api/kitbag/items/" + id).status(), "every hub reads it");

        Response revised = hub.put("api/kitbag/items/" + id + "?version=" + version,
                item("Contract terms for solo homes, 2027 " + word, "CONTRACT_TERMS", 12).replace("}", ",\"changeNote\":\"Notice periods\"}"));
        assertEquals(200, revised.status(), revised.toString());
        Response stale = hub.post("api/kitbag/items/" + id + "/review?version=" + version, "");
        assertEquals(409, stale.status(), "the version read before the revision is stale: " + stale);
        assertEquals("Contract terms for solo homes " + word,
                hub.get("api/kitbag/items/" + id + "/versions/1").json().getString("title"));
        assertEquals(404, hub.get("api/kitbag/items/" + id + "/versions/9").status());

        Response handover = hub.put("api/kitbag/items/" + id + "/owner", "{\"owner\":\"" + BOLTON + "\"}");
        assertEquals(400, handover.status(), "only the hub's commissioners keep its items: " + handover);
        assertTrue(handover.body().contains("\"owner\""), handover.body());
        assertEquals(SECOND_HUB, hub.put("api/kitbag/items/" + id + "/owner", "{\"owner\":\"" + SECOND_HUB + "\"}").json()
                .getString("owner"));

        assertEquals(1, as(BOLTON).get("api/kitbag/items?q=" + word + "&category=CONTRACT_TERMS").json().getInt("total"));
        assertEquals(0, as(BOLTON).get("api/kitbag/items?q=" + word + "&category=GUIDE").json().getInt("total"));
        assertEquals(1, as(BOLTON).get("api/kitbag/items?q=" + word + "&hub=" + item.getJsonNumber("hubId")).json().getInt("total"));
        assertEquals(0, as(BOLTON).get("api/kitbag/items?q=" + word + "&hub=platform").json().getInt("total"));
        Response badHub = as(BOLTON).get("api/kitbag/items?hub=north");
        assertEquals(400, badHub.status());
        assertTrue(badHub.body().contains("\"hub\""), badHub.body());

        Response withdrawn = as(SECOND_HUB).put("api/kitbag/items/" + id + "/status", "{\"status\":\"WITHDRAWN\"}");
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"), withdrawn.toString());
        assertEquals(0, as(BOLTON).get("api/kitbag/items?q=" + word).json().getInt("total"), "withdrawn items leave the search");
        assertEquals(1, as(BOLTON).get("api/kitbag/items?q=" + word + "&withdrawn=true").json().getInt("total"));
        assertEquals(409, as(SECOND_HUB).post("api/kitbag/items/" + id + "/review", "").status());
        assertEquals(409, as(SECOND_HUB).put("api/kitbag/items/" + id + "/status", "{\"status\":\"WITHDRAWN\"}").status());

        Response platform = as(PLATFORM_ADMIN).post("api/kitbag/items", item("National model specification " + word,
                "MODEL_SPECIFICATION", 24));
        assertEquals(201, platform.status(), platform.toString());
        assertEquals("The platform's curators", platform.json().getString("curatedBy"));
        assertEquals(1, as(BOLTON).get("api/kitbag/items?q=" + word + "&hub=platform").json().getInt("total"));
    }

    @Test
    void theOwnerIsRemindedWhenTheReviewFallsDueAndAReviewClearsIt() {
        String word = uniqueWord();
        Api hub = as(SECOND_HUB);
        JsonObject item = hub.post("api/kitbag/items", item("Price schedule for supported accommodation " + word, "PRICE_SCHEDULE", 3))
                .json();
        long id = item.getJsonNumber("id").longValue();
        LocalDate due = LocalDate.parse(item.getString("reviewDue"));
        Api admin = as(ADMIN);
        Instant serverNow = TestClock.serverNow(admin);
        Instant tenDaysBefore = due.minusDays(10).atTime(12, 0).atZone(TestClock.UK).toInstant();
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.between(serverNow, tenDaysBefore).toSeconds() + "}");
            browser.signIn(SECOND_HUB, Api.DEMO_PASSWORD).open("hub/home.xhtml");
            assertTrue(browser.text("#tasks").contains("Review the kitbag's \"Price schedule for supported accommodation " + word
                    + "\": its review is due soon"), browser.text("#tasks"));
            browser.follow("#tasks a[href*='kitbag/item.xhtml?id=" + id + "']");
            assertTrue(browser.text("#review-state").contains("Review due soon"), browser.text("#review-state"));
            browser.screenshot("hub-kitbag-review-due");
            browser.click("review-form:reviewed");
            assertTrue(browser.text(".notification").contains("Marked as reviewed"), browser.pageText());
            assertTrue(browser.text("#review-state").contains("Reviewed"), browser.text("#review-state"));
            browser.open("hub/home.xhtml");
            assertFalse(browser.pageText().contains(word), "the reminder is gone once reviewed");
            assertEquals(due.minusDays(10).plusMonths(3).toString(), hub.get("api/kitbag/items/" + id).json().getString("reviewDue"),
                    "the next review falls due from the day of the review, by the server's clock");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    private static String item(String title, String category, int months) {
        return "{\"category\":\"" + category + "\",\"title\":\"" + title + "\",\"summary\":\"What to agree with providers.\","
                + "\"text\":\"## Terms\\n\\nNotice periods and fees.\",\"stages\":[\"DESIGN\",\"MANAGE_CONTRACTS\"],"
                + "\"reviewEveryMonths\":" + months + "}";
    }
}
