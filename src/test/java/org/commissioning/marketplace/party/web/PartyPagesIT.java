package org.commissioning.marketplace.party.web;

import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages, driven in headless Chromium: one journey per role, and provider registration end to end. */
class PartyPagesIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    private record Journey(String username, String name, String homePath, String heading) {
    }

    @Test
    void eachRoleSignsInToItsOwnHomePageAndSignsOut() {
        List<Journey> journeys = List.of(
                new Journey("hub.commissioner@northwest-hub.example", "Hannah Hughes", "/hub/home.xhtml", "North West Placements Hub"),
                new Journey("commissioner@bolton.example", "Callum Dean", "/council/home.xhtml", "Bolton Council"),
                new Journey("provider@brightwater.example", "Bethany Cole", "/provider/home.xhtml", "Brightwater Fostering Ltd"),
                new Journey("evaluator@northwest-hub.example", "Evie Marsh", "/evaluator/home.xhtml", "North West Placements Hub"),
                new Journey("auditor@northwest-hub.example", "Arthur Lowe", "/audit/home.xhtml", "Audit trail"),
                new Journey("admin@northwest-hub.example", "Ada Brennan", "/admin/home.xhtml", "Organisations"));
        for (Journey j : journeys) {
            browser.signIn(j.username(), Api.DEMO_PASSWORD);
            assertTrue(browser.path().endsWith(j.homePath()), j.username() + " landed on " + browser.path());
            assertEquals(j.heading(), browser.heading());
            assertTrue(browser.text("#signed-in-as").startsWith(j.name()), browser.text("#signed-in-as"));
            browser.screenshot("home-" + j.homePath().split("/")[1]);
            browser.signOut();
            assertTrue(browser.pageText().contains("You have signed out."));
        }
    }

    @Test
    void theSessionCookieReadsTheApiButChangesNothingThroughIt() {
        browser.signIn("hub.commissioner@northwest-hub.example", Api.DEMO_PASSWORD);
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        String script = "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin', headers: {'Accept': 'application/json'}})"
                + ".then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('failed ' + e));";
        String base = browser.driver().getCurrentUrl().replaceAll("/hub/.*$", "/");
        String read = (String) js.executeAsyncScript(script, base + "api/me", "GET");
        assertTrue(read.startsWith("200 "), "a signed-in page may read the API: " + read);
        String change = (String) js.executeAsyncScript(script, base + "api/me/tokens", "POST");
        assertTrue(change.startsWith("403 ") && change.contains("Authorization header"),
                "a change through the session cookie alone is refused (CSRF): " + change);
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null && cookie.isHttpOnly() && "Lax".equalsIgnoreCase(cookie.getSameSite()),
                "the session cookie is HttpOnly and SameSite=Lax: " + cookie);
    }

    @Test
    void homePagesShowTheUsersRealData() {
        browser.signIn("provider@brightwater.example", Api.DEMO_PASSWORD);
        assertTrue(browser.text("#settings").contains("SC481120"), "the provider's Ofsted-registered settings");
        assertTrue(browser.text("#members").contains("bethany") || browser.text("#members").contains("Bethany Cole"));
        browser.forgetSession().signIn("commissioner@bolton.example", Api.DEMO_PASSWORD);
        assertTrue(browser.text("#organisation-details").contains("E08000001"));
        assertTrue(browser.text("#organisation-details").contains("North West Placements Hub"));
    }

    @Test
    void aPersonTurnsTheMorningEmailOfTasksOffAndOnAgain() {
        browser.signIn("provider@oakfield.example", Api.DEMO_PASSWORD);
        assertTrue(browser.text("#task-email-hint").contains("emailed to you each morning"), browser.pageText());
        browser.follow("#task-email-hint a");
        assertTrue(browser.driver().findElement(org.openqa.selenium.By.id("emails:taskEmails")).isSelected(), "on unless turned off");
        browser.driver().findElement(org.openqa.selenium.By.id("emails:taskEmails")).click();
        browser.click("emails:save");
        assertTrue(browser.text(".notification").contains("You will no longer be emailed"), browser.pageText());
        assertFalse(browser.driver().findElement(org.openqa.selenium.By.id("emails:taskEmails")).isSelected());
        assertFalse(Api.anonymous(url).asDemo("provider@oakfield.example").get("api/me/preferences").json().getBoolean("taskEmails"),
                "the page and the API say the same");
        browser.screenshot("account-emails-off");
        browser.driver().findElement(org.openqa.selenium.By.id("emails:taskEmails")).click();
        browser.click("emails:save");
        assertTrue(browser.text(".notification").contains("Each morning you will be emailed"), browser.pageText());
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndThenToThePageTheyWanted() {
        browser.open("admin/home.xhtml");
        assertEquals("Sign in", browser.heading());
        browser.type("login:username", "admin@northwest-hub.example").type("login:password", Api.DEMO_PASSWORD)
                .click("login:submit");
        assertTrue(browser.path().endsWith("/admin/home.xhtml"), browser.path());
        assertTrue(browser.pageText().contains("Showing 1 to 20 of"), "organisations are paged");
    }

    @Test
    void aPageForAnotherRoleLooksLikeItDoesNotExist() {
        browser.signIn("provider@brightwater.example", Api.DEMO_PASSWORD);
        browser.open("hub/home.xhtml");
        assertEquals("Page not found", browser.heading());
        assertFalse(browser.pageText().contains("Lantern"), "no hub data leaks");
        assertTrue(browser.text("#signed-in-as").contains("Brightwater Fostering Ltd"), browser.text("#signed-in-as"));
        assertTrue(browser.has("#nav-provider-referrals"), "the provider's own navigation is still there");
        assertFalse(browser.has("#nav-hub-tenders"));
        browser.open("no-such-page.xhtml");
        assertEquals("Page not found", browser.heading());
        assertTrue(browser.text("#signed-in-as").contains("Brightwater Fostering Ltd"), browser.text("#signed-in-as"));
    }

    @Test
    void aWrongPasswordShowsThereIsAProblemLinkedToTheField() {
        browser.signIn("hub.commissioner@northwest-hub.example", "wrong-password-entirely");
        assertEquals("Sign in", browser.heading());
        assertEquals("There is a problem", browser.text(".error-summary-title"));
        assertTrue(browser.has(".error-summary-list a[href='#login:username']"));
        browser.screenshot("sign-in-error");
    }

    @Test
    void aProviderRegistersAndAHubCommissionerApprovesIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String legalName = "Meadow View Care " + suffix + " Ltd";
        String email = "owner-" + suffix + "@it.example";
        String password = "Correct-Horse-Battery-1";

        browser.open("register.xhtml").click("register:submit");
        assertEquals("There is a problem", browser.text(".error-summary-title"));
        String problems = browser.text(".error-summary-list");
        assertTrue(problems.contains("Enter the provider's legal name."), problems);
        assertTrue(problems.contains("Select the hub you are applying to."), problems);
        assertTrue(problems.contains("Select at least one service category."), problems);
        browser.screenshot("register-errors");

        browser.type("register:legalName", legalName)
                .choose("register:providerType", "Private")
                .type("register:companiesHouseNumber", "12345678")
                .choose("register:hubId", "North West Placements Hub")
                .check("register:serviceCategories", "RESIDENTIAL_SOLO")
                .check("register:serviceCategories", "RESIDENTIAL_SMALL_GROUP")
                .type("register:contactName", "Morgan Price")
                .type("register:contactEmail", email)
                .type("register:password", password)
                .click("register:submit");
        assertEquals("Registration sent", browser.heading());
        assertTrue(browser.pageText().contains(legalName));
        browser.screenshot("register-done");

        browser.signIn(email, password);
        assertEquals("Sign in", browser.heading(), "not approved yet");

        browser.signIn("hub.commissioner@northwest-hub.example", Api.DEMO_PASSWORD);
        assertTrue(browser.text("#registrations\\:pending").contains(legalName));
        browser.screenshot("hub-pending-registration");
        String approveId = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[.//span[@class='provider-name' and text()='" + legalName + "']]//input[@value='Approve']")).getAttribute("id");
        browser.click(approveId);
        assertTrue(browser.text("#confirmation-heading").contains("Approve " + legalName), browser.pageText());
        browser.click("confirmation-form:yes");
        assertTrue(browser.text(".notification").contains(legalName + " is approved."));
        assertFalse(browser.text("#registrations\\:pending").contains(legalName));
        browser.signOut();

        // The hub sees it among its providers before it is on any agreement.
        browser.signIn("hub.commissioner@northwest-hub.example", Api.DEMO_PASSWORD).open("hub/providers.xhtml")
                .type("search:name", legalName).click("search:find");
        assertTrue(browser.text("#table\\:providers").contains("Approved, on no agreement yet"), browser.text("#table\\:providers"));
        browser.signOut();

        // Its administrator sees what it registered as.
        long providerId = Api.anonymous(url).asDemo("hub.commissioner@northwest-hub.example")
                .get("api/insight/providers?name=" + java.net.URLEncoder.encode(legalName, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("providerId").longValue();
        browser.signIn("admin@northwest-hub.example", Api.DEMO_PASSWORD).open("admin/organisation.xhtml?id=" + providerId);
        assertEquals("Provider: Private", browser.text("#kind"));
        assertEquals("12345678", browser.text("#companies-house"));
        assertEquals("North West Placements Hub", browser.text("#provider-hub"));
        assertTrue(browser.text("#services").contains("Residential"), browser.text("#services"));
        assertEquals("None registered", browser.text("#settings"));
        browser.screenshot("admin-provider-details");
        browser.signOut();

        // Its home page says to add a setting first, and offers no form that needs one.
        browser.signIn(email, password);
        assertTrue(browser.path().endsWith("/provider/home.xhtml"), browser.path());
        assertEquals(legalName, browser.heading());
        assertTrue(browser.text("#first-setting").contains("Start by adding each setting"), browser.pageText());
        assertFalse(browser.has("#availability\\:settingId"), "no vacancies form before there is a setting");
        assertFalse(browser.has("#inspection\\:inspectionSetting"));
        assertTrue(browser.has("#setting\\:name"));
        browser.screenshot("provider-home-new");
    }

    @Test
    void aHubCommissionerRejectsARegistrationWithAReason() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String legalName = "Rejected Care " + suffix + " Ltd";
        browser.open("register.xhtml")
                .type("register:legalName", legalName)
                .choose("register:providerType", "Voluntary or charitable")
                .type("register:charityNumber", "1234567")
                .choose("register:hubId", "North West Placements Hub")
                .check("register:serviceCategories", "ADOPTION")
                .type("register:contactName", "Rory Hill")
                .type("register:contactEmail", "rejected-" + suffix + "@it.example")
                .type("register:password", "Correct-Horse-Battery-1")
                .click("register:submit");
        browser.signIn("hub.commissioner@northwest-hub.example", Api.DEMO_PASSWORD);
        String rejectId = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[.//span[@class='provider-name' and text()='" + legalName + "']]//a[text()='Reject']")).getAttribute("id");
        browser.click(rejectId);
        assertTrue(browser.heading().contains(legalName), browser.heading());
        browser.click("reject:submit");
        assertEquals("Enter the reason for rejecting the registration.", browser.text(".error-summary-list li"));
        browser.type("reject:reason", "Not registered with Ofsted for adoption").click("reject:submit");
        assertTrue(browser.text(".notification").contains(legalName + "'s registration is rejected."));
    }

    @Test
    void anAdministratorInvitesAPersonWhoSetsTheirPasswordFromTheEmailAndSignsIn() throws Exception {
        long rochdale = Api.anonymous(url).asDemo("admin@northwest-hub.example")
                .get("api/organisations?kind=COUNCIL&name=Rochdale").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String email = "placements-" + UUID.randomUUID().toString().substring(0, 8) + "@rochdale.example";
        browser.signIn("admin@northwest-hub.example", Api.DEMO_PASSWORD).open("admin/organisation.xhtml?id=" + rochdale);
        assertEquals("Rochdale Council", browser.heading());
        assertTrue(browser.text("#council-hubs").contains("North West Placements Hub"), browser.pageText());
        browser.type("account:displayName", "Rhian Ellis").type("account:username", email).click("account:create");
        assertTrue(browser.text(".error-summary-list").contains("Select at least one role."), browser.pageText());
        browser.screenshot("admin-account-error");
        browser.check("account:roles", "COUNCIL_COMMISSIONER").click("account:create");
        assertTrue(browser.text(".notification").contains("Account " + email + " is created."));
        assertTrue(browser.text("#accounts\\:table").contains(email));
        assertTrue(browser.text("#accounts\\:table").contains("Invited: no password yet"));
        browser.screenshot("admin-account-invited");
        browser.choose("roles-form:accountId", "Rhian Ellis (" + email + ")")
                .check("roles-form:roles", "COUNCIL_COMMISSIONER").check("roles-form:roles", "EVALUATOR").click("roles-form:change");
        assertTrue(browser.text(".notification").contains(email + "'s roles are changed."), browser.pageText());
        assertTrue(browser.text("#accounts\\:table").contains("Evaluator"), browser.text("#accounts\\:table"));
        browser.signOut();

        String token = org.commissioning.marketplace.testing.Mail.linkToken(email, "You are invited");
        browser.open("password.xhtml?token=" + token);
        browser.screenshot("set-password");
        browser.type("password-form:password", "Correct-Horse-Battery-1").type("password-form:confirmation", "Correct-Horse-Battery-2")
                .click("password-form:save");
        assertTrue(browser.text(".error-summary-list").contains("The two passwords are not the same."), browser.pageText());
        browser.type("password-form:password", "Correct-Horse-Battery-1").type("password-form:confirmation", "Correct-Horse-Battery-1")
                .click("password-form:save");
        assertTrue(browser.text(".notification").contains("Your password is set"), browser.pageText());
        browser.signIn(email, "Correct-Horse-Battery-1");
        assertTrue(browser.path().endsWith("/council/home.xhtml"), browser.path());
        assertEquals("Rochdale Council", browser.heading());

        // Forgotten, then changed: the same pages a real user would use.
        browser.signOut().open("login.xhtml").click("forgot-link");
        browser.type("forgot:email", email).click("forgot:send");
        assertTrue(browser.text(".notification").contains("If " + email + " has an account"), browser.pageText());
        String reset = org.commissioning.marketplace.testing.Mail.linkToken(email, "Reset your password");
        browser.open("password.xhtml?token=" + reset)
                .type("password-form:password", "Lantern-Orchard-River-8").type("password-form:confirmation", "Lantern-Orchard-River-8")
                .click("password-form:save");
        browser.signIn(email, "Lantern-Orchard-River-8").click("account-link");
        browser.type("password-change:currentPassword", "Lantern-Orchard-River-8")
                .type("password-change:newPassword", "Harbour-Kettle-Meadow-3").type("password-change:confirmation", "Harbour-Kettle-Meadow-3")
                .click("password-change:change");
        assertTrue(browser.text(".notification").contains("Your password is changed"), browser.pageText());
        browser.screenshot("account-password-changed");
        browser.signOut().signIn(email, "Harbour-Kettle-Meadow-3");
        assertTrue(browser.path().endsWith("/council/home.xhtml"), browser.path());

        // Two-step sign-in: set up from the account page with the app's code; then the password alone is not enough.
        browser.click("account-link").click("second-factor-start:start");
        String secret = browser.text("#second-factor-secret");
        assertTrue(browser.has("img[alt='QR code to add the marketplace to your authenticator app']"));
        browser.screenshot("second-factor-setup");
        browser.type("second-factor:code", "000000").click("second-factor:confirm");
        assertTrue(browser.text(".error-summary-list").contains("That code is not right"), browser.pageText());
        browser.type("second-factor:code", org.commissioning.marketplace.testing.OneTimeCodes.now(secret)).click("second-factor:confirm");
        assertTrue(browser.text(".notification").contains("Two-step sign-in is on"), browser.pageText());
        browser.signOut().signIn(email, "Harbour-Kettle-Meadow-3");
        assertTrue(browser.text(".error-summary-list").contains("Enter the 6-digit code"), browser.pageText());
        String code = org.commissioning.marketplace.testing.OneTimeCodes.now(secret);
        browser.type("login:username", email).type("login:password", "Harbour-Kettle-Meadow-3").type("login:code", code)
                .click("login:submit");
        assertTrue(browser.path().endsWith("/council/home.xhtml"), browser.path());
        Api.Response basic = Api.anonymous(url).as(email, "Harbour-Kettle-Meadow-3").get("api/me");
        assertEquals(401, basic.status(), "the password alone opens nothing over the API either");
        assertTrue(basic.body().contains("X-One-Time-Code"), basic.body());
        Api.Response replayed = Api.anonymous(url).as(email, "Harbour-Kettle-Meadow-3").post("api/me/tokens",
                "{\"label\":\"replay\"}", "X-One-Time-Code", code);
        assertEquals(401, replayed.status(), "a code is accepted once: " + replayed);

        // A lost phone: the hub's administrator clears it, and the password alone works again.
        long id = Api.anonymous(url).asDemo("admin@northwest-hub.example").get("api/organisations/" + rochdale + "/accounts?size=100")
                .json().getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(a -> a.getString("username").equals(email)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(204, Api.anonymous(url).asDemo("admin@northwest-hub.example").delete("api/accounts/" + id + "/second-factor").status());
        assertEquals(200, Api.anonymous(url).as(email, "Harbour-Kettle-Meadow-3").get("api/me").status());
    }

    @Test
    void anAuditorVerifiesTheChainOnThePage() {
        browser.signIn("auditor@northwest-hub.example", "not-the-password");
        browser.signIn("auditor@northwest-hub.example", Api.DEMO_PASSWORD);
        browser.click("verify:verify-chain");
        assertEquals("Intact", browser.text("#verification-result"));
        assertTrue(browser.text("#entries\\:table").contains("demo-data.loaded") || browser.pageText().contains("Showing 1 to"));

        // Filter by a named action and a day range, without knowing the codes, and take the entries away as CSV.
        org.openqa.selenium.support.ui.Select action = new org.openqa.selenium.support.ui.Select(browser.driver().findElement(
                org.openqa.selenium.By.id("entries:action")));
        assertTrue(action.getOptions().stream().anyMatch(o -> o.getText().equals("Sign in: failed")),
                action.getOptions().stream().map(org.openqa.selenium.WebElement::getText).toList().toString());
        action.selectByVisibleText("Sign in: failed");
        browser.setValue("entries:from", org.commissioning.marketplace.testing.TestClock.today().minusDays(1).toString());
        browser.driver().findElement(org.openqa.selenium.By.id("entries:filter")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d ->
                d.findElement(org.openqa.selenium.By.id("export-link")).getAttribute("href").contains("action=sign-in.failed"));
        String rows = browser.text("#entries\\:table");
        assertTrue(rows.contains("sign-in.failed") && !rows.contains("demo-data.loaded"), rows);
        String export = browser.driver().findElement(org.openqa.selenium.By.id("export-link")).getAttribute("href");
        assertTrue(export.contains("from="), export);
        browser.screenshot("audit-trail");
    }
}
