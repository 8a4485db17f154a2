package org.commissioning.marketplace.participation.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.TestServices;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.OTHER_HUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young people and families shape a tender: the hub consults on a draft tender in the browser,
 * records what was said at a session, draws a theme, tags responses and says what changed; once
 * the tender is published its notice shows "you said, we did" to anyone, with how many voices the
 * theme carries and never what a person said. Providers, councils and other hubs read no
 * consultation; answers are sealed at rest. Run by {@code TenderPagesIT} in its deployment, on a
 * complete draft tender of the hub that {@code publish} publishes.
 */
public final class ConsultationJourney {

    private static final String SAID = "I want to stay at my own school and see my brother at weekends";

    private ConsultationJourney() {
    }

    public static void journey(Browser browser, URL url, long tender, Runnable publish) {
        Api hub = Api.anonymous(url).asDemo(HUB);
        String reference = hub.get("api/tenders/" + tender).json().getString("reference");

        // The hub opens a consultation on its draft tender; a form with nothing in it names each field.
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/consultations.xhtml");
        browser.click("open:submit");
        String errors = browser.text(".error-summary-list");
        assertTrue(errors.contains("Enter what the consultation is about") && errors.contains("Choose the tender")
                && errors.contains("Enter between 1 and 10 questions"), errors);
        browser.type("open:title", "What matters to you in a foster home?")
                .chooseStartingWith("open:tenderId", reference + " ")
                .type("open:questions", "What would help you feel at home?\nWho do you need to keep seeing?")
                .click("open:submit");
        assertTrue(browser.text(".notification").contains("is open"), browser.pageText());
        String address = browser.driver().getCurrentUrl();
        long consultation = Long.parseLong(address.substring(address.indexOf("id=") + 3));
        assertEquals("Open for responses", browser.text("#consultation-status"));
        assertTrue(browser.text("#shapes").startsWith(reference), browser.text("#shapes"));

        // A theme drawn from the session, then a young person's words recorded and tagged with it.
        browser.type("theme:name", "Staying near school")
                .type("theme:youSaid", "Children want to stay at their school and near brothers and sisters.").click("theme:add");
        assertTrue(browser.text("#themes").contains("Staying near school"), browser.pageText());
        long theme = hub.get("api/consultations/" + consultation).json().getJsonArray("themes").getJsonObject(0)
                .getJsonNumber("id").longValue();
        browser.click("response:record");
        assertTrue(browser.text(".error-summary-list").contains("Say whether a young person"), browser.pageText());
        browser.choose("response:respondent", "A young person")
                .type("response:answer-list:0:answer", SAID)
                .check("response:themeIds", String.valueOf(theme)).click("response:record");
        assertEquals("The response is recorded.", browser.text(".notification"));
        assertTrue(browser.text("#responses").contains(SAID), "the hub reads what was said");
        assertEquals(201, hub.post("api/consultations/" + consultation + "/responses", "{\"respondent\":\"FAMILY\","
                + "\"answers\":[\"\",\"Her grandmother, every Sunday\"],\"themeIds\":[" + theme + "]}").status());
        Api.Response blank = hub.post("api/consultations/" + consultation + "/responses", "{\"respondent\":\"CARER\",\"answers\":[\" \"]}");
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("answers"), blank.body());
        assertEquals(2, hub.get("api/consultations/" + consultation).json().getInt("responses"), "nothing was added by the refusal");

        // What the theme changed, recorded in the browser.
        browser.choose("decision:themeId", "Staying near school").choose("decision:changeKind", "An award criterion")
                .type("decision:weDid", "Lot 1 scores how carers keep a child at their school and in touch with family (10%).")
                .click("decision:decide");
        assertTrue(browser.text("#themes").contains("An award criterion: Lot 1 scores how carers keep a child"), browser.text("#themes"));
        assertEquals("2", browser.column("#themes", 1).get(0), "two responses carry the theme");
        browser.screenshot("hub-consultation");
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), "on a phone nothing runs off the side: " + browser.overflowing()));

        // Before publication nobody outside the hub reads it; afterwards anyone does, in the tender notice.
        assertEquals(404, Api.anonymous(url).get("api/consultations/you-said-we-did?tender=" + tender).status());
        publish.run();
        JsonArray said = (JsonArray) Api.anonymous(url).get("api/consultations/you-said-we-did?tender=" + tender).structure();
        assertEquals(1, said.size(), said.toString());
        JsonObject line = said.getJsonObject(0);
        assertEquals("Staying near school", line.getString("theme"));
        assertEquals(2, line.getInt("voices"));
        assertEquals("AWARD_CRITERION", line.getString("changeKind"));
        assertFalse(said.toString().contains("brother at weekends"), "never what a person said");
        browser.signOut();
        browser.open("notice.xhtml?tender=" + tender);
        String notice = browser.text("#you-said-we-did");
        assertTrue(notice.contains("Staying near school (2 voices)") && notice.contains("Lot 1 scores how carers"), notice);
        assertFalse(browser.pageText().contains(SAID), "the notice carries no response");
        browser.scrollTo("#you-said-we-did").screenshot("notice-you-said-we-did");
        browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + tender);
        assertTrue(browser.text("#you-said-we-did").contains("Staying near school"), browser.pageText());
        browser.signOut();

        // Every other role is refused the consultation itself.
        browser.signIn(OTHER_HUB, Api.DEMO_PASSWORD).open("hub/consultations.xhtml?id=" + consultation);
        assertTrue(browser.pageText().contains("There is no consultation " + consultation + " of your hub"), browser.pageText());
        assertFalse(browser.pageText().contains("Staying near school"), "another hub sees nothing of it");
        assertTrue(browser.has("#open\\:submit"), "and is offered its own list and form instead");
        browser.signOut();
        Api provider = Api.anonymous(url).asDemo(BRIGHTWATER);
        Api council = Api.anonymous(url).asDemo(BOLTON);
        Api otherHub = Api.anonymous(url).asDemo(OTHER_HUB);
        assertEquals(403, provider.get("api/consultations/" + consultation).status());
        assertEquals(403, provider.get("api/consultations/" + consultation + "/responses").status());
        assertEquals(403, council.get("api/consultations/" + consultation + "/responses").status());
        assertEquals(404, otherHub.get("api/consultations/" + consultation).status());
        assertEquals(404, otherHub.get("api/consultations/" + consultation + "/responses").status());
        assertEquals(401, Api.anonymous(url).get("api/consultations/" + consultation).status());
        assertEquals(400, otherHub.post("api/consultations", "{\"title\":\"Not theirs\",\"tenderId\":" + tender
                + ",\"questions\":\"Anything?\"}").status(), "another hub cannot consult on this hub's tender");

        // Before there is a tender, a consultation can shape a needs round; only the hub's own.
        long round = ((JsonArray) hub.get("api/needs-rounds").structure()).getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response onRound = hub.post("api/consultations", "{\"title\":\"Planning next year\",\"needsRoundId\":" + round
                + ",\"questions\":\"What should the hub find more of?\"}");
        assertEquals(201, onRound.status(), onRound.body());
        assertTrue(onRound.json().getString("shapes").startsWith("Needs round "), onRound.body());
        Api.Response notTheirs = otherHub.post("api/consultations", "{\"title\":\"Not theirs\",\"needsRoundId\":" + round
                + ",\"questions\":\"Anything?\"}");
        assertEquals(400, notTheirs.status());
        assertTrue(notTheirs.body().contains("needsRoundId"), notTheirs.body());

        // Closed, it takes no more responses; the answers are sealed at rest.
        assertEquals(200, hub.post("api/consultations/" + consultation + "/closure", "").status());
        assertEquals(409, hub.post("api/consultations/" + consultation + "/responses", "{\"respondent\":\"FAMILY\","
                + "\"answers\":[\"Late\"]}").status());
        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT answers FROM consultation_response WHERE consultation_id = ?")) {
            s.setLong(1, consultation);
            try (ResultSet r = s.executeQuery()) {
                int rows = 0;
                while (r.next()) {
                    rows++;
                    assertFalse(r.getString(1).contains("school") || r.getString(1).contains("grandmother"), "answers are sealed");
                }
                assertEquals(2, rows);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
