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
import static org.commissioning.marketplace.testing.DemoUsers.*;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.TestClock;
import org.commissioning.marketplace.testing.TestServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
                new Journey("young.evaluator@northwest-hub.example", "Jordan Ellis", "/evaluator/home.xhtml", "North West Placements Hub"),
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
        // The filter redraws the page part by part: a link read while it is replaced is stale, so read it again.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElement(org.openqa.selenium.By.id("export-link")).getAttribute("href").contains("action=sign-in.failed"));
        String rows = browser.text("#entries\\:table");
        assertTrue(rows.contains("sign-in.failed") && !rows.contains("demo-data.loaded"), rows);
        String export = browser.driver().findElement(org.openqa.selenium.By.id("export-link")).getAttribute("href");
        assertTrue(export.contains("from="), export);
        browser.screenshot("audit-trail");
    }

    // ==== From PartyApiIT: The REST API of the deployed WAR on Payara Micro against the real database:
    // sign-in, roles, provider registration, tenancy refusals, optimistic locking and the audit chain. Each
    // test makes its own providers and accounts; the demo data supplies hubs, councils and one account per
    // role.


    static final String PASSWORD = "Correct-Horse-Battery-1";

    private Api anonymous() {
        return Api.anonymous(url);
    }

    // ---- start-up, health and documentation

    @Test
    void healthIsUpBecauseTheDatabaseAnswers() {
        Response health = anonymous().getAbsolute(anonymous().server("health"));
        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    @Test
    void aDatabaseOutageIsABusy503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
        Assumptions.assumeTrue(TestServices.ownDatabase(), "needs the tests' own database, to stop it");
        String token = anonymous().asDemo(BOLTON).post("api/me/tokens", "{\"label\":\"outage\"}").json().getString("token");
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        java.net.URI root = Deployments.local(url);
        List<String> seen = new java.util.ArrayList<>();
        TestServices.withDatabaseDown(() -> {
            for (String[] call : new String[][]{
                    // Credentials not verified in the last seconds cannot be judged: busy, never 401.
                    {"api/me", "Basic " + java.util.Base64.getEncoder().encodeToString((BOLTON + ":Not-The-Password-2026").getBytes())},
                    // Credentials remembered from a moment ago are known, but the organisation is in the database.
                    {"api/me/organisation", "Basic " + java.util.Base64.getEncoder().encodeToString((BOLTON + ":" + Api.DEMO_PASSWORD).getBytes())},
                    {"api/me/organisation", "Bearer " + token},
                    {"api/tenders", "Bearer " + token},
                    {"api/ocds/call-offs", null}}) {
                java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(root.resolve(call[0]))
                        .timeout(java.time.Duration.ofSeconds(90)).header("Accept", "application/json");
                if (call[1] != null) {
                    b.header("Authorization", call[1]);
                }
                var r = http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                seen.add(call[0] + " " + r.statusCode());
                assertEquals(503, r.statusCode(), call[0] + ": " + r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent(), call[0] + " says when to retry");
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), call[0]);
                assertTrue(r.body().contains("Try again in a minute"), r.body());
            }
            var page = http.send(java.net.http.HttpRequest.newBuilder(root.resolve("register.xhtml"))
                    .timeout(java.time.Duration.ofSeconds(90)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode(), "the page during the outage: " + page.body());
            assertTrue(page.body().contains("Sorry, the service is busy") && page.body().contains("Nothing you sent was lost"), page.body());
            var health = http.send(java.net.http.HttpRequest.newBuilder(root.resolve("/health")).timeout(java.time.Duration.ofSeconds(30)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("DOWN"), health.body());
        });
        // The database is back: the application reconnects without a restart.
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < until && status != 200) {
            Thread.sleep(500);
            status = anonymous().withToken(token).get("api/me").status();
        }
        assertEquals(200, status, "signed in again once the database is back; during the outage: " + seen);
        // ... and the recurring work carries on: the outage did not stop the mail sender (EJB timers
        // were expunged after two failed runs, so nothing was ever sent again).
        String email = "after-outage-" + UUID.randomUUID() + "@it.example";
        Response invited = anonymous().asDemo(ADMIN).post("api/organisations/" + councilId("Bolton") + "/accounts",
                "{\"username\":\"" + email + "\",\"displayName\":\"After Outage\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}");
        assertEquals(201, invited.status(), invited.toString());
        Mail.await(email, "You are invited");
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndNothingButStaticResourcesIsCached() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI root = Deployments.local(url);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((BOLTON + ":" + Api.DEMO_PASSWORD).getBytes());
        for (var request : List.of(java.net.http.HttpRequest.newBuilder(root.resolve("login.xhtml")).build(),
                java.net.http.HttpRequest.newBuilder(root.resolve("api/me")).header("Authorization", basic).build(),
                java.net.http.HttpRequest.newBuilder(root.resolve("api/nothing-here")).build())) {
            var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
            String what = request.uri().getPath() + " (" + r.statusCode() + ")";
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), what);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), what);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), what + " is never cached");
            String server = r.headers().firstValue("Server").orElse("");
            assertFalse(server.contains("Payara") || server.matches(".*\\d.*"), what + " names no server or version: " + server);
            List<String> policies = r.headers().allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("default-src 'self'") && p.contains("object-src 'none'")
                    && p.contains("frame-ancestors 'none'")), what + ": " + policies);
        }
        // The session cookie: never read by scripts, not sent with other sites' requests.
        var register = http.send(java.net.http.HttpRequest.newBuilder(root.resolve("register.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String session = register.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + register.headers().map()));
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
        // The page's scripts may run only with the nonce PrimeFaces gave this answer.
        var login = http.send(java.net.http.HttpRequest.newBuilder(root.resolve("login.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String scripts = login.headers().allValues("Content-Security-Policy").stream().filter(p -> p.contains("nonce-"))
                .findFirst().orElseThrow(() -> new AssertionError("no nonce policy: " + login.headers().map()));
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertFalse(scripts.contains("unsafe-inline"), scripts);
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        var css = http.send(java.net.http.HttpRequest.newBuilder(root.resolve("jakarta.faces.resource/css/marketplace.css.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, css.statusCode());
        assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "static resources may be cached");
    }

    @Test
    void repeatedFailedSignInsLockTheAccountForAWhileWhateverTheAddress() throws Exception {
        Registered p = approved(register());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous().as(p.email(), "Wrong-Password-" + i).get("api/me").status(), "failure " + (i + 1));
        }
        Response locked = p.user().get("api/me");
        assertEquals(429, locked.status(), "locked, even with the right password: " + locked);
        assertTrue(locked.body().contains("locked after 5 failed sign-ins") && locked.body().contains("Try again after"), locked.body());
        // An address with no account behaves the same, so a lock tells nobody which addresses have accounts.
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous().as(nobody, "Wrong-Password-" + i).get("api/me").status());
        }
        Response unknown = anonymous().as(nobody, PASSWORD).get("api/me");
        assertEquals(429, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("This account is locked after 5 failed sign-ins in a row. Try again after"), unknown.body());
        Api admin = anonymous().asDemo(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + java.time.Duration.ofMinutes(16).toSeconds() + "}");
            assertEquals(200, p.user().get("api/me").status(), "the lock ends after 15 minutes");
            assertEquals(401, anonymous().as(p.email(), "Wrong-Password-again").get("api/me").status(), "the count started again");
            assertEquals(200, p.user().get("api/me").status());
        } finally {
            admin.delete("api/test-support/clock");
        }
        try (Connection c = TestServices.connect();
             PreparedStatement q = c.prepareStatement("SELECT action, COUNT(*) FROM audit_entry WHERE summary LIKE ? GROUP BY action")) {
            q.setString(1, "%" + p.email() + "%");
            Map<String, Long> audited = new java.util.HashMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    audited.put(rs.getString(1), rs.getLong(2));
                }
            }
            assertEquals(6L, audited.get("sign-in.failed"), "every failure is audited: " + audited);
            assertEquals(1L, audited.get("sign-in.locked"), audited.toString());
        }
    }

    @Test
    void openApiDescribesTheRestApi() {
        Response openapi = anonymous().getAbsolute(anonymous().server("openapi"));
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/organisations/{id}"), "organisation paths are documented");
        assertTrue(openapi.body().contains("/api/provider-registrations"), "registration paths are documented");
    }

    // ---- sign-in

    @Test
    void signedOutCallsGetAProblemWithAChallenge() {
        Response r = anonymous().get("api/me");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.wwwAuthenticate().startsWith("Basic"));
        assertEquals(401, r.json().getInt("status"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblem() {
        Response r = anonymous().as(HUB, "not-the-password").get("api/me");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    @Test
    void eachDemoRoleSignsInAndActsForItsOrganisation() {
        Map<String, List<String>> expected = Map.of(
                HUB, List.of("HUB_COMMISSIONER", "HUB"),
                EVALUATOR, List.of("EVALUATOR", "HUB"),
                AUDITOR, List.of("AUDITOR", "HUB"),
                ADMIN, List.of("ADMINISTRATOR", "HUB"),
                BOLTON, List.of("COUNCIL_COMMISSIONER", "COUNCIL"),
                BRIGHTWATER, List.of("PROVIDER_USER", "PROVIDER"));
        expected.forEach((user, roleAndKind) -> {
            Response me = anonymous().asDemo(user).get("api/me");
            assertEquals(200, me.status(), user + ": " + me);
            assertEquals(user, me.json().getString("username"));
            assertEquals(roleAndKind.get(0), me.json().getJsonArray("roles").getString(0));
            assertEquals(roleAndKind.get(1), me.json().getString("organisationKind"));
        });
    }

    @Test
    void anApiTokenSignsInUntilItIsRevoked() {
        Api provider = anonymous().asDemo(BRIGHTWATER);
        Response issued = provider.post("api/me/tokens", "{\"label\":\"bid tool\"}");
        assertEquals(201, issued.status(), issued.toString());
        String token = issued.json().getString("token");
        long id = issued.json().getJsonNumber("id").longValue();

        assertEquals(BRIGHTWATER, anonymous().withToken(token).get("api/me").json().getString("username"));
        assertFalse(provider.get("api/me/tokens").body().contains(token), "the secret is never listed again");

        Response minted = anonymous().withToken(token).post("api/me/tokens", "{\"label\":\"minted by a token\"}");
        assertEquals(403, minted.status(), "a token cannot issue tokens that would outlive its revocation: " + minted);

        assertEquals(200, provider.delete("api/me/tokens/" + id).status());
        assertEquals(401, anonymous().withToken(token).get("api/me").status());
        assertEquals(401, anonymous().withToken("rcm_made-up").get("api/me").status());
    }

    @Test
    void anApiTokenExpiresAfterItsPeriod() {
        Api provider = anonymous().asDemo(BRIGHTWATER);
        assertEquals(400, provider.post("api/me/tokens", "{\"label\":\"too long\",\"validForDays\":400}").status(), "at most a year");
        JsonObject standard = provider.post("api/me/tokens", "{\"label\":\"standard\"}").json();
        assertEquals(java.time.Duration.ofDays(90), java.time.Duration.between(TestClock.serverNow(anonymous().asDemo(ADMIN)),
                Instant.parse(standard.getString("expiresAt"))).plusMinutes(1).truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                "90 days unless chosen");
        String day = provider.post("api/me/tokens", "{\"label\":\"one day\",\"validForDays\":1}").json().getString("token");
        Api admin = anonymous().asDemo(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + java.time.Duration.ofDays(2).toSeconds() + "}");
            assertEquals(401, anonymous().withToken(day).get("api/me").status(), "expired after its day");
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals(200, anonymous().withToken(day).get("api/me").status(), "valid again within its day (the clock is back)");
    }

    // ---- provider registration

    @Test
    void aRegisteredProviderCannotSignInUntilItsHubApprovesIt() {
        Registered p = register();
        assertEquals("PENDING_APPROVAL", p.body.getString("status"));
        assertEquals(401, p.user().get("api/me").status());
        assertEquals(404, anonymous().asDemo(HUB).get("api/insight/providers/" + p.id).status(),
                "a provider waiting for approval is not among the hub's providers");
        assertTrue(anonymous().asDemo(HUB).get("api/provider-registrations?size=200").body()
                .contains("\"providerId\":" + p.id), "the hub sees the registration waiting");

        Response approved = anonymous().asDemo(HUB).post("api/provider-registrations/" + p.id + "/approval", "");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("ACTIVE", approved.json().getString("status"));
        assertEquals(200, p.user().get("api/me").status());
        JsonObject listed = anonymous().asDemo(HUB).get("api/insight/providers/" + p.id).json().getJsonObject("performance");
        assertEquals("Approved, on no agreement yet", listed.getString("standing"),
                "the hub sees every provider it approved, on an agreement or not");
        assertEquals(404, anonymous().asDemo(OTHER_HUB).get("api/insight/providers/" + p.id).status(), "another hub does not");
    }

    @Test
    void aRejectionNeedsAReasonAndARejectedProviderNeverSignsIn() {
        Registered p = register();
        Api hub = anonymous().asDemo(HUB);
        Response noReason = hub.post("api/provider-registrations/" + p.id + "/rejection", "{\"reason\":\"\"}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Response rejected = hub.post("api/provider-registrations/" + p.id + "/rejection",
                "{\"reason\":\"No Ofsted registration for the services listed\"}");
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(401, p.user().get("api/me").status());
        assertEquals(409, hub.post("api/provider-registrations/" + p.id + "/approval", "").status(),
                "a rejected registration cannot be approved");
    }

    @Test
    void badRegistrationInputNamesEveryFieldAndCreatesNothing() {
        String email = "nobody-" + UUID.randomUUID() + "@it.example";
        Response r = anonymous().post("api/provider-registrations",
                "{\"legalName\":\"\",\"companiesHouseNumber\":\"12\",\"contactEmail\":\"" + email
                        + "\",\"password\":\"short\",\"serviceCategories\":[]}");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("legalName", "providerType", "companiesHouseNumber", "hubId",
                "serviceCategories", "contactName")), fields.toString());
        assertEquals(401, anonymous().as(email, "short").get("api/me").status());
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        Response r = anonymous().post("api/provider-registrations", "{\"legalName\": ");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void aWeakPasswordIsRefusedBesideItsField() {
        Response r = anonymous().post("api/provider-registrations", registrationJson(hubId("North West Placements Hub"),
                "Weak Password Ltd", "weak-" + UUID.randomUUID() + "@it.example", "short"));
        assertEquals(400, r.status());
        assertEquals("password", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    // ---- tenancy

    @Test
    void aProviderCannotSeeOrChangeAnotherProvider() {
        Registered mine = approved(register());
        Registered theirs = approved(register());
        Api me = mine.user();
        assertEquals(200, me.get("api/organisations/" + mine.id).status());
        assertEquals(404, me.get("api/organisations/" + theirs.id).status());
        assertEquals(404, me.get("api/organisations/" + theirs.id + "/accounts").status());
        assertEquals(404, me.put("api/organisations/" + theirs.id + "/contact",
                "{\"contactEmail\":\"x@it.example\",\"version\":0}").status());
        assertEquals(404, me.post("api/providers/" + theirs.id + "/settings", settingJson("SC" + sixDigits())).status());
        Response setting = me.post("api/providers/" + mine.id + "/settings", settingJson("SC" + sixDigits()));
        assertEquals(201, setting.status(), setting.toString());
    }

    @Test
    void aCouncilSeesItsOwnCouncilAndItsHubButNoOtherCouncil() {
        Api bolton = anonymous().asDemo(BOLTON);
        JsonObject own = bolton.get("api/me/organisation").json();
        long hubId = own.getJsonArray("hubs").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, bolton.get("api/organisations/" + hubId).status());
        assertEquals(404, bolton.get("api/organisations/" + councilId("Manchester")).status(),
                "a fellow member council's records stay private");
        assertEquals(404, bolton.get("api/organisations/" + councilId("Leeds")).status());
        assertEquals(404, bolton.get("api/organisations/" + hubId("White Rose Commissioning Hub")).status());
        assertEquals(404, bolton.put("api/organisations/" + councilId("Leeds") + "/contact",
                "{\"contactEmail\":\"x@it.example\",\"version\":0}").status());
    }

    @Test
    void aHubSeesItsMemberCouncilsButCannotChangeThem() {
        Api hub = anonymous().asDemo(HUB);
        long bolton = councilId("Bolton");
        JsonObject council = hub.get("api/organisations/" + bolton).json();
        assertEquals("Bolton Council", council.getString("name"));
        Response change = hub.put("api/organisations/" + bolton + "/contact",
                "{\"contactEmail\":\"x@it.example\",\"version\":" + council.getJsonNumber("version") + "}");
        assertEquals(403, change.status(), change.toString());
        assertEquals(404, hub.get("api/organisations/" + councilId("Leeds")).status(), "another hub's council");
        assertEquals(403, hub.get("api/organisations/" + bolton + "/accounts").status());
    }

    @Test
    void anotherHubCannotDecideThisHubsRegistrations() {
        Registered p = register();
        Response r = anonymous().asDemo(OTHER_HUB).post("api/provider-registrations/" + p.id + "/approval", "");
        assertEquals(404, r.status(), r.toString());
        assertFalse(anonymous().asDemo(OTHER_HUB).get("api/provider-registrations?size=200").body()
                .contains("\"providerId\":" + p.id));
    }

    @Test
    void rolesAreEnforcedByTheServices() {
        Registered p = register();
        assertEquals(403, anonymous().asDemo(EVALUATOR).post("api/provider-registrations/" + p.id + "/approval", "").status());
        assertEquals(403, anonymous().asDemo(BRIGHTWATER).get("api/audit-entries").status());
        assertEquals(403, anonymous().asDemo(HUB).get("api/organisations").status());
        assertEquals(403, anonymous().asDemo(HUB).post("api/organisations/" + p.id + "/suspension", "").status());
        assertEquals(401, anonymous().get("api/provider-registrations").status());
    }

    // ---- no lost or silent overwrites

    @Test
    void aStaleVersionIsAConflictNotAnOverwrite() {
        Registered p = approved(register());
        JsonObject org = p.user().get("api/me/organisation").json();
        String version = org.getJsonNumber("version").toString();
        Response first = p.user().put("api/organisations/" + p.id + "/contact",
                "{\"contactEmail\":\"first@it.example\",\"version\":" + version + "}");
        assertEquals(200, first.status(), first.toString());
        Response second = p.user().put("api/organisations/" + p.id + "/contact",
                "{\"contactEmail\":\"second@it.example\",\"version\":" + version + "}");
        assertEquals(409, second.status());
        assertEquals("first@it.example", p.user().get("api/me/organisation").json().getString("contactEmail"));
    }

    // ---- administration

    @Test
    void anAdministratorInvitesAnAccountWhoseOwnerSetsThePasswordAndSignsInUntilDisabled() throws Exception {
        Api admin = anonymous().asDemo(ADMIN);
        long rochdale = councilId("Rochdale");
        String email = "commissioner-" + UUID.randomUUID() + "@it.example";
        Response created = admin.post("api/organisations/" + rochdale + "/accounts",
                "{\"username\":\"" + email + "\",\"displayName\":\"Rita Shah\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}");
        assertEquals(201, created.status(), created.toString());
        assertFalse(created.json().getBoolean("passwordSet"), "no password until the invitee sets one");
        assertEquals(401, anonymous().as(email, "").get("api/me").status());

        String token = Mail.linkToken(email, "You are invited");
        Response weak = anonymous().post("api/passwords", "{\"token\":\"" + token + "\",\"password\":\"Password1234!\"}");
        assertEquals(400, weak.status(), "a common password with digits and symbols around it: " + weak);
        assertEquals("password", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Response set = anonymous().post("api/passwords", "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, set.status(), set.toString());
        Response again = anonymous().post("api/passwords", "{\"token\":\"" + token + "\",\"password\":\"Another-Phrase-Entirely-9\"}");
        assertEquals(422, again.status(), "the link works once: " + again);
        Api rita = anonymous().as(email, PASSWORD);
        assertEquals("Rochdale Council", rita.get("api/me/organisation").json().getString("name"));

        Response wrongRole = admin.post("api/organisations/" + rochdale + "/accounts",
                "{\"username\":\"x" + email + "\",\"displayName\":\"X\",\"roles\":[\"PROVIDER_USER\"]}");
        assertEquals(400, wrongRole.status());

        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, admin.put("api/accounts/" + id + "/enabled", "{\"enabled\":false}").status());
        assertEquals(401, rita.get("api/me").status());
    }

    // ---- audit

    @Test
    void everyChangeIsAuditedAndTamperingBreaksTheChain() throws Exception {
        Registered p = approved(register());
        Api auditor = anonymous().asDemo(AUDITOR);
        Response entries = auditor.get("api/audit-entries?action=provider.approved&recordId=" + p.id);
        assertEquals(200, entries.status(), entries.toString());
        JsonObject entry = entries.json().getJsonArray("items").getJsonObject(0);
        assertEquals(HUB, entry.getString("actor"));
        assertEquals("organisation", entry.getString("recordType"));
        assertEquals("status: PENDING_APPROVAL -> ACTIVE", entry.getString("summary"));

        Response verification = auditor.get("api/audit-entries/verification");
        assertEquals(200, verification.status(), verification.toString());
        JsonObject intact = verification.json();
        assertTrue(intact.getBoolean("intact"), intact.toString());
        long seq = sealedSeq(entry.getJsonNumber("id").longValue());

        try (Connection c = TestServices.connect()) {
            update(c, "UPDATE audit_entry SET summary = 'status: PENDING_APPROVAL -> REJECTED' WHERE id = ?",
                    entry.getJsonNumber("id").longValue());
            JsonObject broken = auditor.get("api/audit-entries/verification").json();
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue());
        } finally {
            try (Connection c = TestServices.connect()) {
                update(c, "UPDATE audit_entry SET summary = 'status: PENDING_APPROVAL -> ACTIVE' WHERE id = ?",
                        entry.getJsonNumber("id").longValue());
            }
        }
        assertTrue(auditor.get("api/audit-entries/verification").json().getBoolean("intact"));
    }

    // ---- helpers: each test's own data

    private record Registered(long id, String email, JsonObject body, Api anonymous) {
        Api user() {
            return anonymous.as(email, PASSWORD);
        }
    }

    private Registered register() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "owner-" + suffix + "@it.example";
        String name = "Test Fostering " + suffix + " Ltd";
        Response r = anonymous().post("api/provider-registrations",
                registrationJson(hubId("North West Placements Hub"), name, email, PASSWORD));
        assertEquals(202, r.status(), r.toString());
        JsonObject pending = pendingRegistration(name);
        return new Registered(pending.getJsonNumber("providerId").longValue(), email, pending, anonymous());
    }

    /** The registration as the North West hub sees it among those waiting for it. */
    private JsonObject pendingRegistration(String legalName) {
        for (int page = 0; page < 20; page++) {
            JsonObject answer = anonymous().asDemo(HUB).get("api/provider-registrations?size=100&page=" + page).json();
            for (JsonValue item : answer.getJsonArray("items")) {
                if (item.asJsonObject().getString("legalName").equals(legalName)) {
                    return item.asJsonObject();
                }
            }
            if (answer.getJsonArray("items").size() < 100) {
                break;
            }
        }
        throw new AssertionError("No registration waiting for " + legalName);
    }

    private Registered approved(Registered p) {
        assertEquals(200, anonymous().asDemo(HUB).post("api/provider-registrations/" + p.id + "/approval", "").status());
        return p;
    }

    private static String registrationJson(long hubId, String name, String email, String password) {
        return "{\"legalName\":\"" + name + "\",\"providerType\":\"PRIVATE\",\"companiesHouseNumber\":\"12345678\","
                + "\"hubId\":" + hubId + ",\"serviceCategories\":[\"FOSTERING_STANDARD\"],"
                + "\"contactName\":\"Test Owner\",\"contactEmail\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String settingJson(String urn) {
        return "{\"name\":\"Test Home\",\"ofstedUrn\":\"" + urn + "\",\"category\":\"RESIDENTIAL_SOLO\","
                + "\"judgement\":\"GOOD\",\"judgementDate\":\"2025-06-30\",\"postcodeDistrict\":\"BL3\",\"places\":2}";
    }

    private static String sixDigits() {
        return String.format("%06d", (int) (Math.random() * 1_000_000));
    }

    private long hubId(String name) {
        return anonymous().get("api/hubs").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long councilId(String name) {
        Response r = anonymous().asDemo(PLATFORM_ADMIN).get("api/organisations?kind=COUNCIL&name=" + name);
        return r.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long sealedSeq(long auditId) throws Exception {
        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT chain_seq FROM audit_entry WHERE id = ?")) {
            s.setLong(1, auditId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** For the accounts and scopes tests below. */
    static final String SCOPES_PASSWORD = "Granite-Meadow-Compass-7";

    // ==== Accounts and scopes: who may administer what, and accounts that never leak. Platform and hub
    // scopes for administrators and auditors, hubs made by platform administrators, invitations and
    // password links that work once (also under a race), forgotten passwords and registrations that
    // never say whether an address has an account, and changing one's own password.

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    // ---- scopes

    @Test
    void aHubAdministratorAdministersOnlyTheirHubItsCouncilsAndProviders() {
        long whiteRose = organisationId("HUB", "White Rose Commissioning Hub");
        long leeds = organisationId("COUNCIL", "Leeds City Council");
        long bolton = organisationId("COUNCIL", "Bolton Council");
        String invite = "{\"username\":\"x-" + UUID.randomUUID() + "@it.example\",\"displayName\":\"X\",\"roles\":[\"HUB_COMMISSIONER\"]}";

        assertEquals(404, as(ADMIN).post("api/organisations/" + whiteRose + "/accounts", invite).status(),
                "another hub is not even visible");
        assertEquals(403, as(ADMIN).post("api/organisations/" + leeds + "/accounts",
                invite.replace("HUB_COMMISSIONER", "COUNCIL_COMMISSIONER")).status(), "another hub's council");
        assertEquals(404, as(ADMIN).post("api/organisations/" + whiteRose + "/suspension", "").status());
        assertEquals(403, as(ADMIN).post("api/organisations/" + leeds + "/suspension", "").status());
        long wendy = accountId(OTHER_ADMIN, whiteRose, OTHER_HUB);
        assertEquals(404, as(ADMIN).put("api/accounts/" + wendy + "/enabled", "{\"enabled\":false}").status());
        assertEquals(200, as(OTHER_HUB).get("api/me").status(), "still enabled");

        String listed = as(ADMIN).get("api/organisations?size=100").json().toString();
        assertTrue(listed.contains("North West Placements Hub") && listed.contains("Bolton Council")
                && listed.contains("Brightwater Fostering Ltd"), listed);
        assertFalse(listed.contains("White Rose") || listed.contains("Leeds City Council") || listed.contains("Dales Fostering"),
                "the North West administrator's list is their hub's: " + listed);
        String all = as(PLATFORM_ADMIN).get("api/organisations?size=100&name=hub").json().toString();
        assertTrue(all.contains("White Rose") && all.contains("North West"), "a platform administrator sees every hub");

        assertEquals(201, as(ADMIN).post("api/organisations/" + bolton + "/accounts",
                invite.replace("HUB_COMMISSIONER", "COUNCIL_COMMISSIONER")).status(), "a member council is theirs");
    }

    @Test
    void anAuditorReadsTheirOwnHubsTrailOnly() {
        long whiteRose = organisationId("HUB", "White Rose Commissioning Hub");
        long northWest = organisationId("HUB", "North West Placements Hub");
        changeContact(OTHER_HUB, whiteRose);
        changeContact(HUB, northWest);
        String query = "api/audit-entries?action=organisation.contact-changed&recordId=";

        assertEquals(0, as(AUDITOR).get(query + whiteRose).json().getInt("total"), "the North West auditor");
        assertEquals(1, as(OTHER_AUDITOR).get(query + whiteRose).json().getInt("total"), "White Rose's own auditor");
        assertEquals(0, as(OTHER_AUDITOR).get(query + northWest).json().getInt("total"));
        assertTrue(as(AUDITOR).get(query + northWest).json().getInt("total") >= 1);
        String everything = as(AUDITOR).get("api/audit-entries?size=200").json().toString();
        assertFalse(everything.contains(OTHER_HUB) || everything.contains("whiterose"), "no White Rose entry at all");
        assertTrue(as(OTHER_AUDITOR).get("api/audit-entries/verification").json().getBoolean("intact"),
                "verifying still walks the whole chain");
    }

    // ---- hubs from the platform

    @Test
    void aPlatformAdministratorCreatesAHubAndItsAdministratorTakesUpTheInvitation() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + suffix + "@it.example";
        long lead = organisationId("COUNCIL", "Kent County Council");
        long medway = organisationId("COUNCIL", "Medway Council");
        String hub = "{\"name\":\"South East Hub " + suffix + "\",\"leadCouncilId\":" + lead + ",\"memberCouncilIds\":[" + medway
                + "],\"contactEmail\":\"hub-" + suffix + "@it.example\",\"administratorEmail\":\"" + admin
                + "\",\"administratorName\":\"Sam Oduya\"}";

        assertEquals(403, as(ADMIN).post("api/hubs", hub).status(), "a hub administrator cannot create hubs");
        Response bad = as(PLATFORM_ADMIN).post("api/hubs", "{\"name\":\"\",\"leadCouncilId\":999999}");
        assertEquals(400, bad.status(), bad.toString());
        Response created = as(PLATFORM_ADMIN).post("api/hubs", hub);
        assertEquals(201, created.status(), created.toString());
        long hubId = created.json().getJsonNumber("id").longValue();
        assertEquals(2, created.json().getJsonArray("memberCouncils").size(), created.toString());
        assertEquals(400, as(PLATFORM_ADMIN).post("api/hubs", hub.replace(admin, "other-" + admin)).status(),
                "one hub per name");

        setPassword(Mail.linkToken(admin, "You are invited"), SCOPES_PASSWORD);
        Api hubAdmin = Api.anonymous(url).as(admin, SCOPES_PASSWORD);
        assertEquals(hubId, hubAdmin.get("api/me/organisation").json().getJsonNumber("id").longValue());
        assertEquals(201, hubAdmin.post("api/organisations/" + medway + "/accounts", "{\"username\":\"c-" + suffix
                + "@it.example\",\"displayName\":\"Casey\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}").status());
        assertEquals(403, hubAdmin.post("api/organisations/" + organisationId("COUNCIL", "Bolton Council") + "/accounts",
                "{\"username\":\"b-" + suffix + "@it.example\",\"displayName\":\"B\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}").status());
        assertTrue(as(PLATFORM_ADMIN).get("api/hubs").body().contains("South East Hub " + suffix),
                "providers can apply to it");
    }

    @Test
    void rolesChangeAndAnAdministratorCannotLockThemselvesOut() throws Exception {
        String email = "roles-" + UUID.randomUUID() + "@it.example";
        long hub = organisationId("HUB", "North West Placements Hub");
        long id = as(ADMIN).post("api/organisations/" + hub + "/accounts", "{\"username\":\"" + email
                + "\",\"displayName\":\"Rae\",\"roles\":[\"EVALUATOR\"]}").json().getJsonNumber("id").longValue();
        Response changed = as(ADMIN).put("api/accounts/" + id + "/roles", "{\"roles\":[\"EVALUATOR\",\"AUDITOR\"]}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(2, changed.json().getJsonArray("roles").size());
        assertEquals(400, as(ADMIN).put("api/accounts/" + id + "/roles", "{\"roles\":[\"PROVIDER_USER\"]}").status());
        long me = as(ADMIN).get("api/me").json().getJsonNumber("id").longValue();
        assertEquals(409, as(ADMIN).put("api/accounts/" + me + "/roles", "{\"roles\":[\"EVALUATOR\"]}").status());
        assertEquals(409, as(ADMIN).put("api/accounts/" + me + "/enabled", "{\"enabled\":false}").status());
        assertEquals(200, as(ADMIN).post("api/accounts/" + id + "/invitation", "").status(), "sent again");
        setPassword(Mail.linkToken(email, "You are invited", 2), SCOPES_PASSWORD);
        assertEquals(409, as(ADMIN).post("api/accounts/" + id + "/invitation", "").status(), "a password is set");
        assertEquals(200, Api.anonymous(url).as(email, SCOPES_PASSWORD).get("api/audit-entries").status(), "now an auditor");
    }

    @Test
    void aPlatformAdministratorAddsOrCorrectsAPostcodeDistrictAndEveryoneReadsIt() {
        String centroid = "{\"latitude\":53.1234,\"longitude\":-2.5}";
        assertEquals(403, as(ADMIN).put("api/postcode-districts/ZZ9", centroid).status(), "not a hub administrator");
        Response bad = as(PLATFORM_ADMIN).put("api/postcode-districts/not-one", "{\"latitude\":70,\"longitude\":-2.5}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"district\"") && bad.body().contains("\"latitude\""), bad.body());
        Response added = as(PLATFORM_ADMIN).put("api/postcode-districts/zz9", centroid);
        assertEquals(200, added.status(), added.toString());
        assertTrue(added.json().getBoolean("added"));
        Response corrected = as(PLATFORM_ADMIN).put("api/postcode-districts/ZZ9", "{\"latitude\":53.2,\"longitude\":-2.6}");
        assertFalse(corrected.json().getBoolean("added"));
        assertEquals("53.20000", as(BOLTON).get("api/postcode-districts/ZZ9").json().getJsonNumber("latitude").bigDecimalValue().toPlainString());
        try (java.sql.Connection c = org.commissioning.marketplace.testing.TestServices.connect();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_entry WHERE record_type = "
                     + "'postcode-district' AND record_id = 'ZZ9' AND action IN ('postcode-district.added', 'postcode-district.corrected')")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "both changes are audited");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    // ---- links that work once, and addresses that never leak

    @Test
    void aResetLinkWorksOnceEvenWhenUsedTwiceAtTheSameMoment() throws Exception {
        String email = invitedAndSet("reset");
        Response unknown = Api.anonymous(url).post("api/passwords/reset-requests", "{\"email\":\"nobody-" + UUID.randomUUID() + "@it.example\"}");
        Response known = Api.anonymous(url).post("api/passwords/reset-requests", "{\"email\":\"" + email + "\"}");
        assertEquals(202, unknown.status());
        assertEquals(202, known.status());
        assertEquals(unknown.body(), known.body(), "the same answer whether or not the address has an account");

        String token = Mail.linkToken(email, "Reset your password");
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> race = List.of(
                () -> setPasswordStatus(token, "First-Racer-Password-11"),
                () -> setPasswordStatus(token, "Second-Racer-Password-22"));
        List<Integer> statuses = two.invokeAll(race).stream().map(PartyPagesIT::get).sorted().toList();
        two.shutdown();
        assertEquals(List.of(200, 422), statuses, "exactly one use of the link wins");
        boolean first = Api.anonymous(url).as(email, "First-Racer-Password-11").get("api/me").status() == 200;
        boolean second = Api.anonymous(url).as(email, "Second-Racer-Password-22").get("api/me").status() == 200;
        assertTrue(first ^ second, "the winner's password, and only it, works");
        assertEquals(401, Api.anonymous(url).as(email, SCOPES_PASSWORD).get("api/me").status(), "the old password is gone");
        assertEquals(422, setPasswordStatus("not-a-real-token", "Whatever-Phrase-Here-3"));
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountAnswersTheSameAndTellsItsOwner() throws Exception {
        long hub = organisationId("HUB", "North West Placements Hub");
        String fresh = "fresh-" + UUID.randomUUID() + "@it.example";
        Response forStaff = register(hub, "Staff Address Ltd", EVALUATOR);
        Response forNew = register(hub, "Staff Address Ltd", fresh);
        assertEquals(202, forStaff.status(), forStaff.toString());
        assertEquals(202, forNew.status(), forNew.toString());
        assertEquals(forNew.body().replace(fresh, "ADDRESS"), forStaff.body().replace(EVALUATOR, "ADDRESS"),
                "the same answer for a staff member's address and a new one");
        assertTrue(Mail.body(Mail.await(EVALUATOR, "Your application to")).contains("already has an account"));
        assertTrue(Mail.body(Mail.await(fresh, "Your application to")).contains("reference P-"));
        assertEquals(200, as(EVALUATOR).get("api/me").status(), "the staff account is untouched");
    }

    @Test
    void aUserChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        String email = invitedAndSet("change");
        Api user = Api.anonymous(url).as(email, SCOPES_PASSWORD);
        Response wrong = user.put("api/me/password", "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"New-Lighthouse-Phrase-5\"}");
        assertEquals(400, wrong.status());
        assertEquals("currentPassword", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Response common = user.put("api/me/password", "{\"currentPassword\":\"" + SCOPES_PASSWORD + "\",\"newPassword\":\"qwertyuiop123\"}");
        assertEquals(400, common.status(), common.toString());
        assertEquals("newPassword", common.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, user.put("api/me/password", "{\"currentPassword\":\"" + SCOPES_PASSWORD
                + "\",\"newPassword\":\"New-Lighthouse-Phrase-5\"}").status());
        // The old password was verified (and remembered) a moment ago: refused at once all the same.
        assertEquals(401, Api.anonymous(url).as(email, SCOPES_PASSWORD).get("api/me").status());
        assertEquals(200, Api.anonymous(url).as(email, "New-Lighthouse-Phrase-5").get("api/me").status());
        assertEquals(200, Api.anonymous(url).as(email, "New-Lighthouse-Phrase-5").get("api/me").status(), "remembered: not hashed again");
        assertEquals(401, Api.anonymous(url).as(email, "New-Lighthouse-Phrase-6").get("api/me").status(),
                "remembering the right password never lets a different one in");
    }

    // ---- helpers

    private String invitedAndSet(String prefix) throws Exception {
        String email = prefix + "-" + UUID.randomUUID() + "@it.example";
        long bolton = organisationId("COUNCIL", "Bolton Council");
        assertEquals(201, as(ADMIN).post("api/organisations/" + bolton + "/accounts", "{\"username\":\"" + email
                + "\",\"displayName\":\"Test User\",\"roles\":[\"COUNCIL_COMMISSIONER\"]}").status());
        setPassword(Mail.linkToken(email, "You are invited"), SCOPES_PASSWORD);
        return email;
    }

    private void setPassword(String token, String password) {
        assertEquals(200, setPasswordStatus(token, password));
    }

    private int setPasswordStatus(String token, String password) {
        return Api.anonymous(url).post("api/passwords", "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}").status();
    }

    private static int get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Response register(long hub, String name, String email) {
        return Api.anonymous(url).post("api/provider-registrations", "{\"legalName\":\"" + name
                + "\",\"providerType\":\"PRIVATE\",\"companiesHouseNumber\":\"12345678\",\"hubId\":" + hub
                + ",\"serviceCategories\":[\"FOSTERING_STANDARD\"],\"contactName\":\"Pat\",\"contactEmail\":\"" + email
                + "\",\"password\":\"Registration-Phrase-99\"}");
    }

    private void changeContact(String user, long org) {
        JsonObject current = as(user).get("api/organisations/" + org).json();
        Response r = as(user).put("api/organisations/" + org + "/contact", "{\"contactEmail\":\"c-" + UUID.randomUUID()
                + "@it.example\",\"version\":" + current.getJsonNumber("version").longValue() + "}");
        assertEquals(200, r.status(), r.toString());
    }

    private long organisationId(String kind, String name) {
        for (JsonValue o : as(PLATFORM_ADMIN).get("api/organisations?size=100&kind=" + kind + "&name="
                + name.replace(" ", "%20")).json().getJsonArray("items")) {
            if (o.asJsonObject().getString("name").equals(name)) {
                return o.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("No " + kind + " called " + name);
    }

    private long accountId(String admin, long org, String username) {
        for (JsonValue a : as(admin).get("api/organisations/" + org + "/accounts?size=100").json().getJsonArray("items")) {
            if (a.asJsonObject().getString("username").equals(username)) {
                return a.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("No account " + username);
    }
}
