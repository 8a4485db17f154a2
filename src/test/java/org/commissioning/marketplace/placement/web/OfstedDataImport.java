package org.commissioning.marketplace.placement.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Agreements;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.TestClock;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import static org.commissioning.marketplace.testing.DemoUsers.ADMIN;
import static org.commissioning.marketplace.testing.DemoUsers.AUDITOR;
import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.OTHER_HUB;
import static org.commissioning.marketplace.testing.DemoUsers.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ofsted's published data, imported in bulk: a malformed file changes nothing and names its lines;
 * the hub's file (in the browser) drops one of Brightwater's judgements (the hub's alert says so),
 * suspends Kestrel's registration (matching leaves Kestrel out, saying why), leaves another hub's
 * provider alone and lists a URN the marketplace does not know; the same file again changes
 * nothing; a platform administrator's file reaches every hub's providers. Dates come from the
 * tests' clock. Run by {@link CallOffPagesIT} in its deployment.
 */
final class OfstedDataImport {
    static final String HEADER = "URN,Provider type,Local authority,Registration status,Registration date,"
            + "Latest full inspection date,Overall experiences and progress of children and young people\r\n";
    static final String THERAPEUTIC = "Brightwater Therapeutic Fostering";
    static final String DALES = "Dales Fostering Partnership";

    private OfstedDataImport() {
    }

    static void journey(Browser browser, URL url) throws Exception {
        Api hub = Api.anonymous(url).asDemo(HUB);
        long agreement = Agreements.liveFostering(url).agreementId();
        String today = TestClock.today().format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        long brightwater = Api.anonymous(url).asDemo(BRIGHTWATER).get("api/me/organisation").json().getJsonNumber("id").longValue();
        assertEquals("Outstanding", setting(hub, brightwater, THERAPEUTIC).getString("judgement"));

        // A malformed file is refused whole, every bad line named, and changes nothing.
        String bad = HEADER + "SC481121,Independent fostering agency,Bolton,Active,12/05/2011," + today + ",Good\r\n"
                + "SC498876,Independent fostering agency,Warrington,Closed,09/11/2013," + today + ",Good\r\n"
                + "SC12,Children's home,Wigan,Active,,,\r\n";
        Response refused = upload(hub, "bad.csv", bad);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("line 3") && refused.body().contains("'Closed'") && refused.body().contains("line 4")
                && !refused.body().contains("line 2"), refused.body());
        assertEquals("Outstanding", setting(hub, brightwater, THERAPEUTIC).getString("judgement"), "nothing half-imported");
        assertEquals(403, upload(Api.anonymous(url).asDemo(BOLTON), "f.csv", bad).status(), "councils do not import Ofsted's data");
        assertEquals(403, upload(Api.anonymous(url).asDemo(BRIGHTWATER), "f.csv", bad).status(), "nor do providers");
        assertEquals(401, upload(Api.anonymous(url), "f.csv", bad).status());

        // The hub imports Ofsted's file in the browser.
        String file = HEADER + "SC481121,Independent fostering agency,Bolton,Active,12/05/2011," + today + ",Good\r\n"
                + "SC498876,Independent fostering agency,Warrington,Suspended,09/11/2013,,\r\n"
                + "SC455901,Independent fostering agency,Leeds,Active,01/04/2012," + today + ",Outstanding\r\n"
                + "SC999001,Children's home,Blackpool,Active,10/10/2016," + today + ",Good\r\n";
        Path csv = Files.createTempFile("ofsted-", ".csv");
        Files.writeString(csv, file, StandardCharsets.UTF_8);
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/providers.xhtml").follow("#ofsted-link");
        assertEquals("Ofsted data", browser.heading());
        browser.attach("import:file", csv).click("import:upload");
        assertEquals("4", browser.text("#rows-read"), browser.pageText());
        assertEquals("2", browser.text("#settings-matched"));
        assertEquals("1 (1 drop)", browser.text("#judgements-updated"));
        assertEquals("1", browser.text("#registrations-changed"));
        assertEquals("1", browser.text("#unknown-urns"));
        assertEquals("1", browser.text("#other-hubs"));
        assertTrue(browser.text("#changes").contains(THERAPEUTIC + " (SC481121)") && browser.text("#changes").contains("Dropped")
                && browser.text("#changes").contains("Registration Active to Suspended"), browser.text("#changes"));
        assertTrue(browser.text("#skipped").contains("SC999001") && browser.text("#skipped").contains("another hub"),
                browser.text("#skipped"));
        assertTrue(browser.text("#imports").contains(HUB), browser.text("#imports"));
        browser.screenshot("hub-ofsted-import").scrollTo("#changes").screenshot("hub-ofsted-changes");
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), "the import's results fit a phone: " + browser.overflowing()));

        // The drop is in the hub's alerts and the setting's history; Kestrel's suspended home gets no referrals.
        assertTrue(hub.get("api/alerts").body().contains(THERAPEUTIC + " (SC481121) went from Outstanding to Good"),
                hub.get("api/alerts").body());
        JsonObject therapeutic = setting(hub, brightwater, THERAPEUTIC);
        assertEquals("Good", therapeutic.getString("judgement"));
        assertTrue(therapeutic.getJsonArray("history").getJsonObject(0).getBoolean("drop"), therapeutic.toString());
        Response match = Api.anonymous(url).asDemo(BOLTON).post("api/referrals/matches",
                Agreements.referral(agreement, "BOL-OF-1", "BL3", 60, "", ""));
        assertEquals(200, match.status(), match.body());
        assertTrue(match.json().getJsonArray("excluded").stream().map(JsonValue::asJsonObject)
                .anyMatch(x -> x.getString("providerName").startsWith("Kestrel") && x.getString("reason").contains("registration is suspended")),
                match.body());
        assertTrue(match.json().getJsonArray("fits").stream().map(JsonValue::asJsonObject)
                .noneMatch(f -> f.toString().contains("Kestrel")), "Kestrel is no fit while suspended: " + match.body());
        Api otherHub = Api.anonymous(url).asDemo(OTHER_HUB);
        long dales = otherHub.get("api/insight/providers?name=dales").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("providerId").longValue();
        assertEquals("Good", setting(otherHub, dales, DALES).getString("judgement"), "another hub's provider is left alone");
        browser.open("hub/provider.xhtml?id=" + brightwater);
        assertTrue(browser.pageText().contains("Ofsted registration: Active"), browser.pageText());
        browser.signOut();

        // The same file again changes nothing.
        Response again = upload(hub, "ofsted.csv", file);
        assertEquals(201, again.status(), again.body());
        assertEquals(0, again.json().getJsonObject("tally").getInt("judgementsUpdated"), again.body());
        assertEquals(0, again.json().getJsonObject("tally").getInt("registrationsChanged"));

        // A platform administrator's file reaches every hub's providers: Dales (White Rose) and Kestrel, active again.
        Response platform = upload(Api.anonymous(url).asDemo(PLATFORM_ADMIN), "national.csv", HEADER
                + "SC498876,Independent fostering agency,Warrington,Active,09/11/2013,,\r\n"
                + "SC455901,Independent fostering agency,Leeds,Active,01/04/2012," + today + ",Outstanding\r\n");
        assertEquals(201, platform.status(), platform.body());
        JsonObject tally = platform.json().getJsonObject("tally");
        assertEquals(2, tally.getInt("settingsMatched"), tally.toString());
        assertEquals(1, tally.getInt("judgementsUpdated"));
        assertEquals(1, tally.getInt("registrationsChanged"));
        assertEquals(0, tally.getInt("otherHubs"));
        assertEquals("Outstanding", setting(otherHub, dales, DALES).getString("judgement"));
        assertFalse(hub.get("api/ofsted-imports").body().contains("national.csv"), "a hub lists only its own imports");
        assertTrue(Api.anonymous(url).asDemo(PLATFORM_ADMIN).get("api/ofsted-imports").body().contains("national.csv"));
        assertTrue(Api.anonymous(url).asDemo(AUDITOR).get("api/audit-entries?action=ofsted.data-imported").json().getInt("total") >= 2,
                "every import is audited");
        browser.signIn(ADMIN, Api.DEMO_PASSWORD).open("admin/home.xhtml").follow("#ofsted-link");
        assertEquals("Ofsted data", browser.heading());
        assertTrue(browser.text("#imports").contains(HUB) && !browser.text("#imports").contains("national.csv"),
                "the hub's administrator sees the hub's imports: " + browser.text("#imports"));
        browser.signOut();
        Response sample = Api.anonymous(url).asDemo(HUB).download("api/ofsted-imports/sample.csv");
        assertTrue(sample.body().startsWith("URN,Provider type"), sample.body());
    }

    private static Response upload(Api api, String name, String csv) {
        return api.upload("api/ofsted-imports?fileName=" + name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A setting of a provider as the hub's provider performance shows it: judgement, registration and history. */
    private static JsonObject setting(Api hub, long providerId, String name) {
        return hub.get("api/insight/providers/" + providerId).json().getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow();
    }
}
