package org.commissioning.marketplace.party.web;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.MarketplaceProcess;
import org.commissioning.marketplace.testing.OneTimeCodes;
import org.commissioning.marketplace.testing.TestClock;
import org.commissioning.marketplace.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new hub's first day, in the browser: a marketplace started on an empty database with the demo
 * data off, as production ships, has no account and no default password; the bootstrap setting
 * makes the first platform administrator, who sets a password from the emailed link, creates a
 * hub of real councils and invites its administrator; the hub administrator invites a hub
 * commissioner and a council commissioner; a provider registers and is approved; the hub drafts
 * its first tender. Two-step sign-in is required, as production sets it: each hub commissioner and
 * administrator sets it up before anything else.
 */
class PlatformBootstrapIT {

    private static final String ROOT = "root@platform-operator.example";
    private static final String HUB_ADMIN = "admin@north-east-hub.example";
    private static final String COMMISSIONER = "commissioner@north-east-hub.example";
    private static final String GATESHEAD = "commissioner@gateshead.example";
    private static final String PROVIDER = "owner@tyneside-fostering.example";
    private static final String PASSWORD = "Quiet-Harbour-Lantern-42";

    @Test
    void aMarketplaceStartedFromNothingReachesAHubWithCouncilsAProviderAndAFirstTender() throws Exception {
        String db = TestServices.freshSchema("marketplace_bootstrap");
        int port = MarketplaceProcess.freePort();
        try (MarketplaceProcess server = MarketplaceProcess.start(port, "bootstrap", db, List.of(
                "-Dmarketplace.demo-data=false", "-Dmarketplace.bootstrap-admin=" + ROOT, "-Dmarketplace.second-factor-required=true",
                "-Dmarketplace.public-url=http://127.0.0.1:" + port + "/"));
             Browser browser = new Browser(server.base().toURI())) {
            URL base = server.base();
            try (Connection c = DriverManager.getConnection(db, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT ons_code), "
                         + "SUM(ons_code = 'E06000053'), (SELECT COUNT(*) FROM account), "
                         + "(SELECT COUNT(*) FROM account WHERE password_hash IS NOT NULL) FROM council")) {
                rs.next();
                assertEquals(153, rs.getInt(1), "every children's services authority in England");
                assertEquals(153, rs.getInt(2));
                assertEquals(1, rs.getInt(3), "the Isles of Scilly");
                assertEquals(1, rs.getInt(4), "only the bootstrapped administrator");
                assertEquals(0, rs.getInt(5), "who has no password until they set one");
            }
            assertEquals(401, Api.anonymous(base).as(ROOT, Api.DEMO_PASSWORD).get("api/me").status(), "no default password");

            // The first platform administrator sets a password from the emailed link.
            String link = Mail.linkToken(ROOT, "You are invited");
            browser.open("password.xhtml?token=" + link);
            assertEquals(ROOT, browser.text("#link-username"));
            browser.type("password-form:password", "Password1234!").type("password-form:confirmation", "Password1234!")
                    .click("password-form:save");
            assertTrue(browser.text(".error-summary-list").contains("most common passwords"), browser.pageText());
            browser.type("password-form:password", PASSWORD).type("password-form:confirmation", PASSWORD)
                    .click("password-form:save");
            assertTrue(browser.text(".notification").contains("Your password is set"), browser.pageText());
            browser.screenshot("bootstrap-password-set");
            browser.open("password.xhtml?token=" + link);
            assertTrue(browser.text("#link-problem").contains("used already"), "the link works once");

            // ... must set up two-step sign-in before anything else (as production requires) ...
            browser.signIn(ROOT, PASSWORD);
            assertTrue(browser.path().endsWith("/account.xhtml"), "sent to set up two-step sign-in: " + browser.path());
            browser.open("admin/home.xhtml");
            assertTrue(browser.path().endsWith("/account.xhtml"), "every page sends them there: " + browser.path());
            Api.Response passwordOnly = Api.anonymous(base).as(ROOT, PASSWORD).get("api/me");
            assertEquals(401, passwordOnly.status(), passwordOnly.toString());
            assertTrue(passwordOnly.body().contains("two-step sign-in"), passwordOnly.body());
            String secret = setUpSecondFactor(browser);
            Api.Response token = Api.anonymous(base).as(ROOT, PASSWORD).post("api/me/tokens", "{\"label\":\"set-up\"}",
                    "X-One-Time-Code", OneTimeCodes.now(secret));
            assertEquals(201, token.status(), "an API token, issued with the password and a code: " + token);
            Api root = Api.anonymous(base).withToken(token.json().getString("token"));

            // ... corrects a postcode district's centre ...
            browser.open("admin/home.xhtml");
            assertTrue(browser.path().endsWith("/admin/home.xhtml"), browser.path());
            browser.type("centroid:district", "dh1").type("centroid:latitude", "54.7761").type("centroid:longitude", "-1.5733")
                    .click("centroid:save");
            assertTrue(browser.text(".notification").contains("Postcode district DH1 is corrected"), browser.pageText());

            // ... and creates a hub of real councils, inviting its first administrator.
            browser.click("new-hub");
            long durham = councilId(root, "Durham County Council");
            long gateshead = councilId(root, "Gateshead Council");
            long sunderland = councilId(root, "Sunderland City Council");
            browser.click("hub:create");
            assertTrue(browser.text(".error-summary-list").contains("Enter the hub's name."), browser.pageText());
            browser.type("hub:name", "North East Children's Commissioning Hub")
                    .choose("hub:leadCouncilId", "Durham County Council")
                    .check("hub:memberCouncilIds", String.valueOf(gateshead))
                    .check("hub:memberCouncilIds", String.valueOf(sunderland))
                    .type("hub:contactEmail", "commissioning@north-east-hub.example")
                    .type("hub:administratorName", "Nadia Forster")
                    .type("hub:administratorEmail", HUB_ADMIN)
                    .click("hub:create");
            assertEquals("North East Children's Commissioning Hub", browser.heading(), browser.pageText());
            assertTrue(browser.pageText().contains("Gateshead Council") && browser.pageText().contains("Sunderland City Council"));
            assertTrue(browser.pageText().contains("Invited: no password yet"), browser.pageText());
            browser.screenshot("bootstrap-hub-created");
            JsonObject hub = root.get("api/organisations?kind=HUB").json().getJsonArray("items").getJsonObject(0);
            long hubId = hub.getJsonNumber("id").longValue();
            browser.signOut();

            // The hub administrator takes up the invitation and invites the hub's people.
            setPassword(browser, Mail.linkToken(HUB_ADMIN, "You are invited"));
            browser.signIn(HUB_ADMIN, PASSWORD);
            setUpSecondFactor(browser);
            browser.open("admin/home.xhtml");
            String organisations = browser.text("#organisations\\:table");
            assertTrue(organisations.contains("North East Children's Commissioning Hub") && organisations.contains("Gateshead Council"),
                    organisations);
            assertFalse(organisations.contains("Platform operator") || organisations.contains("Leeds City Council"),
                    "a hub administrator sees their hub's organisations only: " + organisations);
            browser.open("admin/organisation.xhtml?id=" + hubId);
            invite(browser, "Hugo Bell", COMMISSIONER, "HUB_COMMISSIONER");
            browser.open("admin/organisation.xhtml?id=" + gateshead);
            invite(browser, "Grace Lowther", GATESHEAD, "COUNCIL_COMMISSIONER");
            browser.open("admin/organisation.xhtml?id=" + durham);
            assertTrue(browser.pageText().contains("Durham County Council"), "the lead council is administered too");
            browser.signOut();
            setPassword(browser, Mail.linkToken(COMMISSIONER, "You are invited"));
            setPassword(browser, Mail.linkToken(GATESHEAD, "You are invited"));
            assertEquals("Gateshead Council", Api.anonymous(base).as(GATESHEAD, PASSWORD).get("api/me/organisation").json()
                    .getString("name"));

            // A provider registers with the new hub, and its commissioner approves it.
            browser.open("register.xhtml")
                    .type("register:legalName", "Tyneside Fostering Ltd")
                    .choose("register:providerType", "Private")
                    .type("register:companiesHouseNumber", "14567890")
                    .choose("register:hubId", "North East Children's Commissioning Hub")
                    .check("register:serviceCategories", "FOSTERING_STANDARD")
                    .type("register:contactName", "Tom Robson")
                    .type("register:contactEmail", PROVIDER)
                    .type("register:password", PASSWORD)
                    .click("register:submit");
            assertEquals("Registration sent", browser.heading());
            browser.signIn(COMMISSIONER, PASSWORD);
            setUpSecondFactor(browser);
            browser.open("hub/home.xhtml");
            String approve = browser.driver().findElement(By.xpath("//tr[.//span[@class='provider-name' and "
                    + "text()='Tyneside Fostering Ltd']]//input[@value='Approve']")).getAttribute("id");
            browser.click(approve).click("confirmation-form:yes");
            assertTrue(browser.text(".notification").contains("Tyneside Fostering Ltd is approved."));

            // ... and drafts the hub's first tender.
            LocalDate today = TestClock.today();
            browser.open("hub/tenders.xhtml")
                    .type("draft:title", "North East fostering framework")
                    .type("draft:description", "Standard fostering for the hub's member councils")
                    .choose("draft:procedure", "Framework")
                    .setValue("draft:termStart", today.plusMonths(6).toString())
                    .setValue("draft:termEnd", today.plusMonths(6).plusYears(4).toString())
                    .setValue("draft:clarificationDate", today.plusDays(20).toString())
                    .setValue("draft:bidDate", today.plusDays(30).toString())
                    .setValue("draft:plannedAward", today.plusDays(45).toString())
                    .click("draft:submit");
            assertTrue(browser.text(".notification").contains("is created"), browser.pageText());
            browser.screenshot("bootstrap-first-tender");
            browser.signOut();
            browser.signIn(PROVIDER, PASSWORD);
            assertEquals("Tyneside Fostering Ltd", browser.heading());
            assertTrue(server.log().contains("Bootstrap: " + ROOT + " is the first platform administrator"), "logged");
            assertFalse(server.log().contains(link), "with mail configured the link is emailed, never logged");
        }
    }

    /** On the page every page sent them to: scan (read) the key, enter the app's code; returns the secret. */
    private static String setUpSecondFactor(Browser browser) {
        assertTrue(browser.path().endsWith("/account.xhtml"), browser.path());
        assertTrue(browser.text("#setup-required").contains("Your role needs two-step sign-in"), browser.pageText());
        browser.click("second-factor-start:start");
        String secret = browser.text("#second-factor-secret");
        browser.type("second-factor:code", OneTimeCodes.now(secret)).click("second-factor:confirm");
        assertTrue(browser.text(".notification").contains("Two-step sign-in is on"), browser.pageText());
        return secret;
    }

    private static long councilId(Api api, String name) {
        return api.get("api/organisations?kind=COUNCIL&size=5&name=" + name.replace(" ", "%20")).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static void setPassword(Browser browser, String token) {
        browser.open("password.xhtml?token=" + token)
                .type("password-form:password", PASSWORD).type("password-form:confirmation", PASSWORD)
                .click("password-form:save");
        assertTrue(browser.text(".notification").contains("Your password is set"), browser.pageText());
    }

    private static void invite(Browser browser, String name, String email, String role) {
        browser.type("account:displayName", name).type("account:username", email).check("account:roles", role)
                .click("account:create");
        assertTrue(browser.text(".notification").contains("Account " + email + " is created"), browser.pageText());
    }
}
