package org.commissioning.marketplace.placement.web;

import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Agreements;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.TestServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import static org.commissioning.marketplace.testing.Agreements.referral;

/**
 * In the browser: the hub chooses further competition for its agreement, a provider records its
 * vacancies, a council refers a child (checking first who fits), two providers offer, the council
 * compares and accepts one, the individual placement agreement exists with its PDF, and the other
 * provider is told its offer was not chosen.
 */
class CallOffPagesIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    @Test
    void aCouncilRefersTwoProvidersOfferAndTheCouncilAccepts() throws Exception {
        Agreements.Live live = Agreements.liveFostering(url);
        String child = "BOL-P" + (System.currentTimeMillis() % 1_000_000);
        String today = TestClock.today().toString();

        // The hub calls off from this agreement by further competition.
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + live.tenderId());
        browser.choose("route:choice", "Further competition").click("route:save");
        assertTrue(browser.text(".notification").contains("further competition"), browser.pageText());
        browser.signOut();

        // Providers keep their vacancies and registered needs up to date.
        browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/home.xhtml");
        browser.choose("availability:settingId", "Brightwater Fostering North West (SC481120)").type("availability:vacancies", "2")
                .check("availability:needs", "SIBLING_GROUP").click("availability:save");
        assertTrue(browser.text(".notification").contains("2 vacancies"), browser.pageText());
        browser.screenshot("provider-vacancies");
        browser.signOut();
        long kestrel = as(KESTREL).get("api/me/organisation").json().getJsonNumber("id").longValue();
        long kestrelSetting = as(KESTREL).get("api/me/organisation").json().getJsonArray("settings").getJsonObject(0).getJsonNumber("id").longValue();
        as(KESTREL).put("api/providers/" + kestrel + "/settings/" + kestrelSetting + "/availability",
                "{\"vacancies\":1,\"registeredNeeds\":[\"SIBLING_GROUP\"]}");

        // The council describes the child, checks who fits, and sends the referral.
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).click("make-referral");
        browser.type("referral:childReference", "Jamie Smith").click("referral:check");
        assertTrue(browser.pageText().contains("Never a name"), "names are refused");
        browser.type("referral:childReference", child).type("referral:ageYears", "10")
                .choose("referral:category", "Fostering: standard").choose("referral:needLevel", "Standard")
                .check("referral:needTags", "SIBLING_GROUP")
                .type("referral:needsSummary", "Two brothers who must stay together; settled at school in Bolton.")
                .type("referral:postcodeDistrict", "BL3").type("referral:maxDistanceKm", "30")
                .setValue("referral:requiredStart", today).type("referral:durationWeeks", "26")
                .type("referral:socialCarePct", "70").type("referral:educationPct", "20").type("referral:healthPct", "10")
                .chooseStartingWith("referral:agreementId", live.reference() + " ")
                .setValue("referral:respondBy", TestClock.today().plusDays(2).toString())
                .setValue("referral:respondByTime", "17:00")
                .click("referral:check");
        assertTrue(String.valueOf(browser.driver().switchTo().activeElement().getAttribute("class")).contains("just-arrived"),
                "the page takes the reader to the results");
        String fits = browser.text("#fits");
        assertTrue(fits.contains("Brightwater Fostering Ltd") && fits.contains("Kestrel") && fits.contains(" miles"), browser.pageText());
        browser.screenshot("council-referral-matches");
        browser.click("referral:send");
        String where = browser.text("#confirmation");
        assertTrue(where.contains("Brightwater Fostering Ltd") && where.contains("never the child's name"), where);
        browser.screenshot("council-referral-confirm");
        browser.click("confirmation-form:yes");
        assertTrue(browser.path().endsWith("council/referral.xhtml"), browser.path());
        assertEquals("Open", browser.text("#referral-status"));
        browser.signOut();

        // Both providers offer in their pages.
        offer(BRIGHTWATER, child, "880.00", "Experienced carers with room for two brothers.");
        offer(KESTREL, child, "940.00", "A large family home near a good school.");

        // The council compares the offers side by side and accepts the cheaper one.
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/home.xhtml");
        assertTrue(browser.text("#tasks").contains("2 offers wait for your decision on referral " + child), browser.text("#tasks"));
        browser.screenshot("home-council-tasks");
        browser.open("council/referrals.xhtml");
        assertTrue(browser.has("#nav-council-referrals[aria-current='page']"), "the navigation marks where you are");
        browser.driver().findElement(By.linkText(child)).click();
        String offers = browser.text("#offer-table");
        assertTrue(offers.contains("£880.00") && offers.contains("£940.00"), offers);
        assertTrue(offers.indexOf("Brightwater") < offers.indexOf("Kestrel"), "lowest fee first");
        browser.scrollTo("#offer-table").screenshot("council-offers");
        long brightwater = as(BRIGHTWATER).get("api/me/organisation").json().getJsonNumber("id").longValue();
        JsonObject voice = as(BOLTON).get("api/feedback-summary?provider=" + brightwater).json();
        String views = browser.column("#offer-table", 4).get(0);
        if (voice.getBoolean("shown")) {
            JsonObject safe = voice.getJsonArray("tallies").getJsonObject(0);
            assertTrue(views.contains("Feel safe: " + safe.getInt("yes") + " of "), views);
        } else {
            assertFalse(views.contains("Feel safe"), "no counts below five answers: " + views);
        }
        JsonObject reviews = as(BOLTON).get("api/outcome-reviews/summary?provider=" + brightwater).json();
        assertEquals(reviews.getBoolean("shown"), views.contains("No move since the last review: " + reviews.getInt("noMoves")
                + " of " + reviews.getInt("reviews")), views);
        assertEquals("ascending", browser.sortBy("#offer-table", "Weekly fee"));
        assertEquals(List.of("£880.00", "£940.00"), browser.column("#offer-table", 1));
        assertEquals("descending", browser.sortBy("#offer-table", "Weekly fee"), "a second press reverses the order");
        assertEquals(List.of("£940.00", "£880.00"), browser.column("#offer-table", 1));
        assertTrue(browser.column("#offer-table", 0).get(0).contains("Kestrel"), "whole rows move");
        assertEquals("ascending", browser.sortBy("#offer-table", "Provider"));
        assertTrue(browser.column("#offer-table", 0).get(0).contains("Brightwater"));
        assertTrue(browser.pageFitsWidth(), "the offers fit the page without scrolling sideways");
        browser.atPhoneWidth(() -> {
            assertTrue(browser.withinWidth("#offer-table input[value='Accept']"), "on a phone, Accept is on the screen");
            assertTrue(browser.withinWidth("#nav-toggle") && !browser.withinWidth("#nav-council-referrals"),
                    "on a phone the navigation folds behind Menu");
            browser.driver().findElement(By.id("nav-toggle")).click();
            assertTrue(browser.withinWidth("#nav-council-referrals"), "Menu opens the navigation");
            assertEquals("true", browser.driver().findElement(By.id("nav-toggle")).getAttribute("aria-expanded"));
        });
        browser.click("offers:rows:0:accept");
        assertTrue(browser.text("#confirmation").contains("at £880.00 a week"), browser.text("#confirmation"));
        browser.click("confirmation-form:yes");
        assertTrue(browser.path().endsWith("council/placement.xhtml"), browser.path());
        assertTrue(browser.text("#placement-details").contains("Brightwater Fostering North West"), browser.pageText());
        assertEquals("Agreed, not started", browser.text("#placement-status"));
        assertTrue(browser.text("#weekly-fee").contains("£880.00"));
        browser.screenshot("council-placement");
        String pdfHref = browser.driver().findElement(By.id("ipa-pdf")).getAttribute("href");
        var pdf = as(BOLTON).bytes(pdfHref.substring(pdfHref.indexOf("api/")));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));

        // The council records the start in the page.
        browser.setValue("change:date", today).click("change:start");
        assertEquals("Started", browser.text("#placement-status"));

        // The placement is in the council's register; a filter that excludes it shows nothing of it.
        browser.click("nav-council-register");
        assertTrue(browser.text("#table\\:placements").contains(child), browser.pageText());
        assertTrue(browser.text("#agreement-table\\:tenders").contains(live.reference()), browser.pageText());
        browser.type("agreement-filters:provider", "Brightwater").click("agreement-filters:apply");
        assertTrue(browser.text("#agreement-table\\:tenders").contains("1. Brightwater Fostering Ltd"), browser.pageText());
        assertTrue(browser.driver().findElement(By.id("agreements-csv")).getAttribute("href").contains("provider=Brightwater"));
        browser.type("filters:minWeeklyFee", "5000").click("filters:apply");
        assertFalse(browser.text("#table\\:placements").contains(child));
        browser.type("filters:minWeeklyFee", "").choose("filters:category", "Fostering: standard").click("filters:apply");
        assertTrue(browser.text("#table\\:placements").contains(child));
        assertTrue(browser.driver().findElement(By.id("export-csv")).getAttribute("href").contains("category=FOSTERING_STANDARD"));
        String bookmark = browser.driver().getCurrentUrl();
        assertTrue(bookmark.contains("category=FOSTERING_STANDARD"), "a filtered view has its own address: " + bookmark);
        assertTrue(bookmark.contains("appointed=Brightwater"), "both parts' filters are in it: " + bookmark);
        browser.screenshot("council-register");
        browser.forgetSession().signIn(BOLTON, Api.DEMO_PASSWORD);
        browser.driver().get(bookmark);
        assertEquals("Fostering: standard", new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("filters:category")))
                .getFirstSelectedOption().getText(), "the bookmark opens the same view");
        assertEquals("Brightwater", browser.driver().findElement(By.id("agreement-filters:provider")).getAttribute("value"));
        assertTrue(browser.text("#table\\:placements").contains(child));
        browser.driver().get(bookmark.replace("category=FOSTERING_STANDARD", "category=NOPE"));
        assertTrue(browser.text(".error-summary-list").contains("category in the address"), browser.pageText());
        browser.driver().get(bookmark);
        browser.follow("#table\\:placements a[href*='placement.xhtml']");
        assertTrue(browser.path().endsWith("council/placement.xhtml"), "a register row opens its placement");

        browser.click("nav-council-insight");
        assertTrue(browser.text("#benchmarks").contains("Fostering: standard"), browser.pageText());
        assertTrue(browser.pageText().contains("How: For each placement called off from a framework") && browser.pageText()
                .contains("(baseline weekly fee - its weekly fee)"), "the savings method is stated");
        assertTrue(browser.text("#spend-by-provider").contains("Brightwater Fostering Ltd"), browser.pageText());
        assertTrue(Integer.parseInt(browser.text("#within-total")) >= 1, "the child lives in BL3 and is placed in BL1");
        browser.screenshot("council-insight");

        // Provider performance: the council finds Brightwater and opens its figures and Ofsted history.
        browser.click("nav-council-providers");
        browser.type("search:name", "Brightwater").click("search:find");
        assertFalse(browser.text("#table\\:providers").contains("Kestrel"), browser.pageText());
        browser.driver().findElement(By.linkText("Brightwater Fostering Ltd")).click();
        assertTrue(Integer.parseInt(browser.text("#placements")) >= 1, browser.pageText());
        assertTrue(browser.pageText().contains("Brightwater Fostering North West (SC481120)"), browser.pageText());
        browser.screenshot("council-provider-performance");
        browser.signOut();

        // Brightwater records an inspection that drops a judgement; the hub sees the alert on its home page.
        browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/home.xhtml");
        browser.choose("inspection:inspectionSetting", "Brightwater Fostering North West (SC481120)").click("inspection:record");
        assertTrue(browser.pageText().contains("Select the judgement the inspection gave."), "a judgement is needed");
        browser.choose("inspection:inspectionSetting", "Brightwater Fostering North West (SC481120)")
                .choose("inspection:judgement", "Requires improvement to be good").setValue("inspection:judgementDate", today)
                .click("inspection:record");
        assertTrue(browser.text(".notification").contains("requires improvement"), browser.pageText());
        browser.click("nav-provider-performance");
        assertTrue(Integer.parseInt(browser.text("#drops")) >= 1, browser.pageText());
        assertTrue(browser.pageText().contains("Dropped"), browser.pageText());
        browser.screenshot("provider-performance");
        browser.signOut();
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/home.xhtml");
        assertTrue(browser.pageText().contains("went from Good to Requires improvement to be good"), browser.pageText());
        browser.click("nav-hub-insight");
        assertTrue(browser.text("#spend-by-council").contains("Bolton Council"), browser.pageText());
        browser.screenshot("hub-insight");
        browser.click("national-link");
        assertTrue(browser.text("#hubs").contains("North West Placements Hub"), browser.pageText());
        String children = browser.text("#children-total");
        assertTrue(children.equals("fewer than 5 placements") || Integer.parseInt(children) >= 0, browser.pageText());
        browser.screenshot("hub-national");
        browser.signOut();
        as(BRIGHTWATER).post("api/providers/" + as(BRIGHTWATER).get("api/me/organisation").json().getJsonNumber("id") + "/settings/"
                + as(BRIGHTWATER).get("api/me/organisation").json().getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("name").equals("Brightwater Fostering North West")).findFirst().orElseThrow().getJsonNumber("id")
                + "/inspections", "{\"judgement\":\"GOOD\",\"judgementDate\":\"" + today + "\"}");

        // The provider not chosen is told; the chosen one sees the placement in its list.
        assertTrue(Mail.body(Mail.await(KESTREL, "Referral " + child + ": your offer was not chosen")).contains("did not choose"));
        Mail.await(BRIGHTWATER, "Referral " + child + ": your offer is accepted");
        assertTrue(as(BRIGHTWATER).get("api/placements?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getString("childReference").equals(child)));
        assertFalse(as(MANCHESTER).get("api/placements?size=100").json().toString().contains(child), "another council never sees it");
    }

    @Test
    void aChildSaysHowThingsAreWithoutAnAccountAndAWorryReachesTheCouncilAtOnce() throws Exception {
        ChildrensFeedback.journey(browser, url);
    }

    @Test
    void outcomeReviewsFallAtSetPointsAndProvidersSeeOnlyCounts() throws Exception {
        PlacementOutcomes.journey(browser, url);
    }

    @Test
    void aChildWhoMovesTwiceInAYearCountsOnTheDashboardsByABlindKey() throws Exception {
        PlacementStability.journey(browser, url);
    }

    @Test
    void ofstedsPublishedDataUpdatesJudgementsAndRegistrationsInBulk() throws Exception {
        OfstedDataImport.journey(browser, url);
    }

    @Test
    void aPlacementBoughtOutsideTheFrameworksIsRecordedAndCountedApart() throws Exception {
        OffFrameworkPlacements.journey(browser, url);
    }

    private void offer(String provider, String child, String fee, String notes) {
        browser.signIn(provider, Api.DEMO_PASSWORD).open("provider/home.xhtml");
        assertTrue(browser.text("#tasks").contains("Answer referral " + child), "the provider's home page says what needs it: "
                + browser.pageText());
        browser.follow("#tasks a[href*='provider/referrals.xhtml']");
        assertEquals("Invited", browser.text("#your-status"));
        var settings = new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("offer:settingId")));
        settings.selectByIndex(1);
        browser.type("offer:weeklyFee", fee).type("offer:notes", notes);
        if (provider.equals(BRIGHTWATER)) {
            browser.screenshot("provider-offer");
        }
        browser.click("offer:submit");
        assertTrue(browser.text(".notification").contains("Your offer is sent"), browser.pageText());
        assertEquals("Offered", browser.text("#your-status"));
        browser.signOut();
    }

    // ==== From CallOffApiIT: Call-offs through the API on a live agreement (Brightwater rank 1, Kestrel rank
    // 2): matching with each exclusion's reason, tenancy, the direct-award cascade with windows that expire
    // under a controlled clock, an over-price offer, acceptance into an individual placement agreement with
    // its PDF and lifecycle, and a further competition where the council chooses after the deadline.


    static String today() {
        return TestClock.today().toString();
    }

    static long settingId(Api provider, String name) {
        return provider.get("api/me/organisation").json().getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static long orgId(Api user) {
        return user.get("api/me/organisation").json().getJsonNumber("id").longValue();
    }

    static void availability(Api provider, String setting, int vacancies, String needs) {
        Response r = provider.put("api/providers/" + orgId(provider) + "/settings/" + settingId(provider, setting) + "/availability",
                "{\"vacancies\":" + vacancies + ",\"registeredNeeds\":[" + needs + "]}");
        assertEquals(200, r.status(), r.toString());
    }

    static int vacancies(Api provider, String setting) {
        return provider.get("api/me/organisation").json().getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals(setting)).findFirst().orElseThrow().getInt("vacancies");
    }

    static final String BRIGHTWATER_HOME = "Brightwater Fostering North West";
    static final String KESTREL_HOME = "Kestrel Fostering";

    @Test
    void fromAChildsNeedsToAPlacementAgreement() throws Exception {
        Agreements.Live live = Agreements.liveFostering(url);
        long agreement = live.agreementId();
        Api bolton = as(BOLTON);
        availability(as(BRIGHTWATER), BRIGHTWATER_HOME, 2, "\"SIBLING_GROUP\"");
        availability(as(KESTREL), KESTREL_HOME, 1, "\"SIBLING_GROUP\",\"AUTISM\"");
        assertEquals(400, as(KESTREL).put("api/providers/" + orgId(as(KESTREL)) + "/settings/" + settingId(as(KESTREL), KESTREL_HOME)
                + "/availability", "{\"vacancies\":41}").status(), "no more vacancies than places");
        assertEquals(404, as(BRIGHTWATER).put("api/providers/" + orgId(as(KESTREL)) + "/settings/" + settingId(as(KESTREL), KESTREL_HOME)
                + "/availability", "{\"vacancies\":0}").status(), "only a provider's own settings");

        // Matching: who fits, in rank order, and why the others do not.
        Response matched = bolton.post("api/referrals/matches", referral(agreement, "BOL-2026-101", "BL3", 30, "\"SIBLING_GROUP\"", ""));
        assertEquals(200, matched.status(), matched.toString());
        JsonObject match = matched.json();
        assertEquals("DIRECT_AWARD", match.getString("route"));
        JsonArray fits = match.getJsonArray("fits");
        assertEquals(2, fits.size(), match.toString());
        assertEquals("Brightwater Fostering Ltd", fits.getJsonObject(0).getString("providerName"));
        assertEquals(1, fits.getJsonObject(0).getInt("rank"));
        assertEquals("900.00", fits.getJsonObject(0).getJsonNumber("agreementFee").bigDecimalValue().setScale(2).toPlainString());
        assertTrue(fits.getJsonObject(0).getJsonNumber("nearestKm").doubleValue() < 5, "BL1 is next to BL3");
        // Every UK postcode district is known (V25): a child from the Isles of Scilly is matched, and is far from Bolton.
        Response scilly = bolton.post("api/referrals/matches", referral(agreement, "BOL-2026-101", "TR21", 30, "\"SIBLING_GROUP\"", ""));
        assertEquals(200, scilly.status(), scilly.toString());
        assertEquals("further away than the maximum distance", reason(scilly.json(), BRIGHTWATER_HOME));
        JsonObject farAway = scilly.json().getJsonArray("excluded").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("settingName").equals(BRIGHTWATER_HOME)).findFirst().orElseThrow();
        assertTrue(farAway.getJsonNumber("distanceKm").doubleValue() > 300, "and how far it is: " + farAway);
        assertTrue(scilly.json().getInt("excludedCount") >= scilly.json().getJsonArray("excluded").size());
        assertTrue(scilly.json().getJsonObject("excludedByReason").getJsonNumber("further away than the maximum distance").longValue() >= 1,
                "counted by reason: " + scilly.json().getJsonObject("excludedByReason"));
        assertEquals(reason(bolton.post("api/referrals/matches", referral(agreement, "BOL-2026-101", "BL3", 10, "\"SIBLING_GROUP\"", ""))
                .json(), KESTREL_HOME), "further away than the maximum distance");
        assertEquals(reason(bolton.post("api/referrals/matches", referral(agreement, "BOL-2026-101", "BL3", 30, "\"AUTISM\"", ""))
                .json(), BRIGHTWATER_HOME), "not registered for these needs");
        availability(as(KESTREL), KESTREL_HOME, 0, "\"SIBLING_GROUP\",\"AUTISM\"");
        assertEquals(reason(bolton.post("api/referrals/matches", referral(agreement, "BOL-2026-101", "BL3", 30, "\"SIBLING_GROUP\"", ""))
                .json(), KESTREL_HOME), "no vacancy");
        availability(as(KESTREL), KESTREL_HOME, 1, "\"SIBLING_GROUP\",\"AUTISM\"");
        long kestrelId = orgId(as(KESTREL));
        String members = "api/tenders/" + live.tenderId() + "/evaluation/agreement/members";
        as(HUB).put(members, "{\"lot\":1,\"providerId\":" + kestrelId + ",\"status\":\"SUSPENDED\",\"reason\":\"Ofsted monitoring visit pending\"}");
        assertEquals(reason(bolton.post("api/referrals/matches", referral(agreement, "BOL-2026-101", "BL3", 30, "\"SIBLING_GROUP\"", ""))
                .json(), KESTREL_HOME), "suspended or removed from the agreement");
        as(HUB).put(members, "{\"lot\":1,\"providerId\":" + kestrelId + ",\"status\":\"ACTIVE\",\"reason\":\"Monitoring visit satisfactory\"}");

        // Bad input changes nothing; a referral that nobody fits is never sent.
        Response bad = bolton.post("api/referrals", referral(agreement, "Jamie Smith", "ZZ9", 30, "", "")
                .replace("\"healthPct\":10", "\"healthPct\":5"));
        assertEquals(400, bad.status());
        assertTrue(bad.json().toString().contains("Never a name"), bad.toString());
        assertTrue(bad.json().toString().contains("adds up to 95%"), bad.toString());
        Response identifying = bolton.post("api/referrals", referral(agreement, "BOL-2026-100", "BL3", 30, "", "")
                .replace("settled at school.", "settled at school; NHS 943 476 5919, lives at BL3 5AB."));
        assertEquals(400, identifying.status(), identifying.toString());
        assertEquals("needsSummary", identifying.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(identifying.body().contains("Remove a full postcode") || identifying.body().contains("Remove an NHS number"),
                identifying.body());
        Response nobody = bolton.post("api/referrals", referral(agreement, "BOL-2026-100", "BL3", 30, "\"HARMFUL_SEXUAL_BEHAVIOUR\"", ""));
        assertEquals(409, nobody.status());
        assertEquals(0, as(BRIGHTWATER).get("api/referrals?size=100").json().getJsonArray("items").stream()
                .filter(r -> r.asJsonObject().getString("childReference").equals("BOL-2026-100")).count());
        assertEquals(403, as(BRIGHTWATER).post("api/referrals/matches", referral(agreement, "BOL-2026-101", "BL3", 30, "", "")).status());

        // Direct award: Brightwater first, alone; Kestrel cannot see it yet; Manchester never.
        Response sent = bolton.post("api/referrals", referral(agreement, "BOL-2026-101", "BL3", 30, "\"SIBLING_GROUP\"", ""));
        assertEquals(201, sent.status(), sent.toString());
        long first = sent.json().getJsonNumber("id").longValue();
        try (java.sql.Connection c = TestServices.connect();
             java.sql.PreparedStatement q = c.prepareStatement("SELECT needs_summary, child_reference, age_years, need_tags, "
                     + "postcode_district FROM referral WHERE id = ?")) {
            q.setLong(1, first);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                String stored = rs.getString(1);
                assertTrue(stored.startsWith("enc:v1:") && !stored.contains("siblings"), "the needs summary is encrypted at rest: " + stored);
                for (int column = 2; column <= 5; column++) {
                    String value = rs.getString(column);
                    assertTrue(value.startsWith("enc:v1:") && !value.contains("BOL-") && !value.contains("SIBLING") && !value.contains("BL3"),
                            "the child's reference, age, need tags and home district are encrypted at rest: " + value);
                }
            }
        }
        assertEquals("Two siblings who must stay together; settled at school.",
                bolton.get("api/referrals/" + first).json().getString("needsSummary"), "and read back for those who may");
        assertTrue(Mail.body(Mail.await(BRIGHTWATER, "New referral BOL-2026-101")).contains("the window is yours alone until"));
        assertEquals(404, as(KESTREL).get("api/referrals/" + first).status(), "queued providers do not see the referral");
        assertEquals(404, as(MANCHESTER).get("api/referrals/" + first).status(), "another council never sees it");
        assertEquals(404, as(LEEDS).get("api/referrals/" + first).status());
        assertEquals(200, as(HUB).get("api/referrals/" + first).status(), "the hub sees its councils' referrals");
        assertEquals(404, as(OTHER_HUB).get("api/referrals/" + first).status());
        JsonObject providerView = as(BRIGHTWATER).get("api/referrals/" + first).json();
        assertEquals(1, providerView.getJsonArray("invitations").size(), "a provider sees only its own invitation");
        assertFalse(providerView.toString().contains("Kestrel"));
        theMorningEmailSaysWhatWaitsOnceADayToThoseWhoWantIt(first);

        // Brightwater declines: Kestrel is invited at once; its window passes; the referral closes unplaced.
        assertEquals(400, as(BRIGHTWATER).post("api/referrals/" + first + "/decline", "{}").status(), "a reason is needed");
        as(BRIGHTWATER).post("api/referrals/" + first + "/decline", "{\"reason\":\"NO_VACANCY\"}");
        assertEquals(409, as(BRIGHTWATER).post("api/referrals/" + first + "/decline", "{\"reason\":\"NO_VACANCY\"}").status());
        Mail.await(KESTREL, "New referral BOL-2026-101");
        assertEquals("INVITED", as(KESTREL).get("api/referrals/" + first).json().getJsonArray("invitations").getJsonObject(0).getString("status"));
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofHours(49).toSeconds() + "}");
            awaitReferral(bolton, first, "UNPLACED");
            // (mail queued under the moved clock goes out while it is still moved)
            assertTrue(Mail.body(Mail.await(BOLTON, "Referral BOL-2026-101 closed without a placement")).contains("rank order"));
            Mail.await(KESTREL, "Referral BOL-2026-101: the time to answer has passed");
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals("EXPIRED", as(KESTREL).get("api/referrals/" + first).json().getJsonArray("invitations").getJsonObject(0).getString("status"));

        // A second referral: Brightwater offers above the agreement price, justified; Bolton accepts.
        long second = bolton.post("api/referrals", referral(agreement, "BOL-2026-102", "BL3", 30, "\"SIBLING_GROUP\"", ""))
                .json().getJsonNumber("id").longValue();
        long brightwaterHome = settingId(as(BRIGHTWATER), BRIGHTWATER_HOME);
        String offer = "{\"weeklyFee\":1000.00,\"startDate\":\"" + today() + "\",\"settingId\":" + brightwaterHome
                + ",\"notes\":\"Experienced carers with room for two.\"";
        Response unjustified = as(BRIGHTWATER).post("api/referrals/" + second + "/offer", offer + "}");
        assertEquals(400, unjustified.status());
        assertTrue(unjustified.json().toString().contains("above the agreement"), unjustified.toString());
        JsonObject offered = as(BRIGHTWATER).post("api/referrals/" + second + "/offer",
                offer + ",\"priceJustification\":\"Two carers needed for a sibling pair with night waking.\"}").json();
        assertEquals("OFFERED", offered.getJsonArray("invitations").getJsonObject(0).getString("status"));
        assertTrue(Mail.body(Mail.await(BOLTON, "Offer for referral BOL-2026-102")).contains("above the agreement price"));
        assertTrue(bolton.get("api/alerts").structure().toString().contains("Offer above agreement price"), "an alert on Bolton's home page");
        JsonObject councilView = bolton.get("api/referrals/" + second).json();
        JsonObject bOffer = councilView.getJsonArray("invitations").getJsonObject(0);
        assertTrue(bOffer.getBoolean("overPrice"));
        assertEquals("Good", bOffer.getString("offerSettingJudgement"));
        assertEquals(404, as(MANCHESTER).post("api/referrals/" + second + "/offers/" + bOffer.getInt("id") + "/acceptance", "").status());
        Response accepted = bolton.post("api/referrals/" + second + "/offers/" + bOffer.getInt("id") + "/acceptance", "");
        assertEquals(201, accepted.status(), accepted.toString());
        JsonObject placement = accepted.json();
        long placementId = placement.getJsonNumber("id").longValue();
        assertEquals("BOL-2026-102", placement.getString("childReference"));
        try (java.sql.Connection c = TestServices.connect();
             java.sql.PreparedStatement q = c.prepareStatement("SELECT child_reference FROM placement WHERE id = ?")) {
            q.setLong(1, placementId);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next() && rs.getString(1).startsWith("enc:v1:"), "the placement's child reference is encrypted at rest");
            }
        }
        assertEquals("1000.00", placement.getJsonNumber("weeklyFee").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("700.00", placement.getJsonObject("weeklyShares").getJsonNumber("socialCare").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("AGREED", placement.getString("status"));
        assertEquals("PLACED", bolton.get("api/referrals/" + second).json().getString("status"));
        Mail.await(BRIGHTWATER, "Referral BOL-2026-102: your offer is accepted");
        assertEquals(1, as(BRIGHTWATER).get("api/me/organisation").json().getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals(BRIGHTWATER_HOME)).findFirst().orElseThrow().getInt("vacancies"),
                "the accepted setting has one vacancy fewer");
        var pdf = as(BRIGHTWATER).bytes("api/placements/" + placementId + "/agreement.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
        assertEquals(404, as(KESTREL).get("api/placements/" + placementId).status(), "another provider never sees it");
        assertEquals(404, as(MANCHESTER).get("api/placements/" + placementId).status(), "another council never sees it");

        // Lifecycle: started, fee varied from a date, extended; the history is kept.
        assertEquals(403, as(BRIGHTWATER).post("api/placements/" + placementId + "/start", "{\"date\":\"" + today() + "\"}").status());
        bolton.post("api/placements/" + placementId + "/start", "{\"date\":\"" + today() + "\"}");
        String later = TestClock.today().plusDays(7).toString();
        assertEquals(400, bolton.post("api/placements/" + placementId + "/fee-changes", "{\"date\":\"" + later + "\",\"weeklyFee\":1050}")
                .status(), "a reason is needed");
        bolton.post("api/placements/" + placementId + "/fee-changes", "{\"date\":\"" + later + "\",\"weeklyFee\":1050.00,"
                + "\"reason\":\"Extra night support agreed at review\"}");
        JsonObject extended = bolton.post("api/placements/" + placementId + "/extensions", "{\"date\":\""
                + TestClock.today().plusWeeks(52) + "\",\"reason\":\"Care plan extended at review\"}").json();
        assertEquals("STARTED", extended.getString("status"));
        assertEquals(4, extended.getJsonArray("variations").size(), extended.toString());
        assertEquals("Fee changed", extended.getJsonArray("variations").getJsonObject(2).getString("kind"));
        Mail.await(BRIGHTWATER, "Placement BOL-2026-102 has a new weekly fee");
        assertTrue(as(HUB).get("api/placements?size=100").json().getJsonArray("items").stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == placementId), "in the hub's register");
        assertEquals(200, as(AUDITOR).get("api/audit-entries?size=100&action=placement.fee-changed").status());

        // The contract register: the hub sees its councils' placements, filtered and exported; others their own only.
        String reg = "api/register/placements?size=200";
        assertTrue(as(HUB).get(reg).json().toString().contains("BOL-2026-102"));
        assertTrue(as(HUB).get(reg + "&status=STARTED&category=FOSTERING_STANDARD&provider=brightwater&council="
                + orgId(bolton)).json().toString().contains("BOL-2026-102"));
        assertFalse(as(HUB).get(reg + "&council=" + orgId(as(MANCHESTER))).json().toString().contains("BOL-2026-102"));
        assertFalse(as(HUB).get(reg + "&minWeeklyFee=5000").json().toString().contains("BOL-2026-102"));
        assertEquals(400, as(HUB).get(reg + "&startFrom=yesterday").status());
        assertEquals(400, as(HUB).get(reg + "&status=LOST").status());
        // Read on by place (keyset paging): the first page's "next" leads to what the second page by number holds.
        JsonObject firstPage = as(HUB).get("api/register/placements?size=1").json();
        JsonObject secondPage = as(HUB).get("api/register/placements?size=1&page=1").json();
        JsonObject byPlace = as(HUB).get("api/register/placements?size=1&after=" + firstPage.getString("next")).json();
        assertEquals(1, firstPage.getJsonArray("items").size(), firstPage.toString());
        assertEquals(secondPage.getJsonArray("items"), byPlace.getJsonArray("items"), byPlace.toString());
        java.util.List<Long> everyOne = as(HUB).get("api/register/placements?size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        java.util.List<Long> walked = new java.util.ArrayList<>();
        for (JsonObject at = firstPage; ; ) {
            at.getJsonArray("items").forEach(v -> walked.add(v.asJsonObject().getJsonNumber("id").longValue()));
            if (!at.containsKey("next") || at.isNull("next")) {
                break;
            }
            at = as(HUB).get("api/register/placements?size=1&after=" + at.getString("next")).json();
        }
        assertEquals(everyOne, walked, "following next one placement at a time visits every placement once, in order");
        assertEquals(firstPage.getJsonNumber("total"), byPlace.getJsonNumber("total"));
        Response badCursor = as(HUB).get("api/register/placements?size=1&after=yesterday");
        assertEquals(400, badCursor.status());
        assertEquals("after", badCursor.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        // Sorted by weekly fee, both ways: the same placements in the order asked for.
        java.util.List<java.math.BigDecimal> highest = as(HUB).get("api/register/placements?size=200&sort=HIGHEST_FEE").json()
                .getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("weeklyFee").bigDecimalValue()).toList();
        assertEquals(highest.stream().sorted(java.util.Comparator.reverseOrder()).toList(), highest, "highest fee first");
        java.util.List<java.math.BigDecimal> lowest = as(HUB).get("api/register/placements?size=200&sort=lowest_fee").json()
                .getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("weeklyFee").bigDecimalValue()).toList();
        assertEquals(highest.stream().sorted().toList(), lowest, "lowest fee first, the same placements");
        Response badSort = as(HUB).get("api/register/placements?sort=CHEAPEST");
        assertEquals(400, badSort.status());
        assertEquals("sort", badSort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, as(HUB).get("api/register/placements?sort=HIGHEST_FEE&after=" + firstPage.getString("next")).status(),
                "after= reads newest first only");
        JsonObject lastPage = as(HUB).get("api/register/placements?size=200&after=" + firstPage.getString("next")).json();
        assertFalse(lastPage.containsKey("next") && !lastPage.isNull("next") && lastPage.getJsonArray("items").size() < 200, "no next after the last page");
        assertFalse(as(OTHER_HUB).get(reg).json().toString().contains("BOL-2026-102"), "another hub never sees it");
        assertFalse(as(MANCHESTER).get(reg).json().toString().contains("BOL-2026-102"), "another council never sees it");
        assertFalse(as(KESTREL).get(reg).json().toString().contains("BOL-2026-102"), "another provider never sees it");
        assertTrue(as(BRIGHTWATER).get(reg).json().toString().contains("BOL-2026-102"));
        JsonObject spend = as(HUB).get("api/register/spend?provider=Brightwater&minWeeklyFee=1050&maxWeeklyFee=1050&council=" + orgId(bolton)).json();
        long counted = spend.getJsonNumber("placements").longValue();
        assertTrue(counted >= 1, spend.toString());
        assertEquals(new java.math.BigDecimal("1050.00").multiply(java.math.BigDecimal.valueOf(counted)).setScale(2),
                spend.getJsonNumber("weeklySpend").bigDecimalValue().setScale(2), "the latest weekly fee counts");
        assertEquals(spend.getJsonNumber("weeklySpend").bigDecimalValue().multiply(java.math.BigDecimal.valueOf(52)).setScale(2),
                spend.getJsonNumber("annualSpend").bigDecimalValue().setScale(2));
        var csv = as(HUB).bytes("api/register/placements.csv?council=" + orgId(bolton));
        assertEquals(200, csv.statusCode());
        String csvText = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("Placement,Child reference,Council") && csvText.contains("BOL-2026-102"), csvText);
        var xlsx = as(BOLTON).bytes("api/register/placements.xlsx?status=STARTED");
        assertEquals(200, xlsx.statusCode());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                found |= row.getRowNum() > 0 && "BOL-2026-102".equals(row.getCell(1).getStringCellValue());
            }
            assertTrue(found, "the placement is in the workbook");
            assertEquals("Weekly fee (GBP)", sheet.getRow(0).getCell(9).getStringCellValue());
        }

        // Tenders and agreements in the register: each lot with its appointed providers in rank order and the call-offs made.
        String agreements = "api/register/agreements?size=200&category=FOSTERING_STANDARD&provider=Brightwater";
        JsonObject entry = as(HUB).get(agreements).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("reference").equals(live.reference())).findFirst().orElseThrow();
        assertEquals("Live", entry.getString("agreementStatus"));
        assertTrue(entry.getJsonNumber("placements").longValue() >= 1, entry.toString());
        JsonArray appointed = entry.getJsonArray("lots").getJsonObject(0).getJsonArray("appointed");
        assertEquals("Brightwater Fostering Ltd", appointed.getJsonObject(0).getString("providerName"));
        assertEquals(1, appointed.getJsonObject(0).getInt("rank"));
        assertTrue(as(BOLTON).get(agreements).json().toString().contains(live.reference()), "member councils see the hub's agreements");
        assertTrue(as(KESTREL).get("api/register/agreements?size=200").json().toString().contains(live.reference()), "a provider its own places");
        assertFalse(as(OAKFIELD).get("api/register/agreements?size=200").json().toString().contains(live.reference()));
        assertFalse(as(OTHER_HUB).get("api/register/agreements?size=200").json().toString().contains(live.reference()));
        assertFalse(as(HUB).get("api/register/agreements?size=200&category=ADOPTION&provider=Brightwater").json().toString()
                .contains(live.reference()));
        assertEquals(400, as(HUB).get("api/register/agreements?status=FINISHED").status());
        var agreementsCsv = as(HUB).bytes("api/register/agreements.csv?provider=Brightwater");
        String agreementsText = new String(agreementsCsv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(agreementsText.startsWith("Tender,Title,Procedure") && agreementsText.contains(live.reference())
                && agreementsText.contains("1. Brightwater Fostering Ltd"), agreementsText);
        assertEquals(200, as(BOLTON).bytes("api/register/agreements.xlsx").statusCode());

        // Insight: spend by year, Bolton against the region, savings and the share placed through frameworks, each with its method.
        JsonObject mine = bolton.get("api/insight").json();
        assertEquals(5, mine.getJsonArray("spendByYear").size());
        JsonObject thisYear = mine.getJsonArray("spendByYear").getJsonObject(4);
        assertTrue(thisYear.getJsonNumber("spend").bigDecimalValue().signum() > 0, "this year's spend includes the started placement: " + mine);
        assertEquals(thisYear.getJsonNumber("spend").bigDecimalValue(), thisYear.getJsonArray("byNeedLevel").stream()
                .map(l -> l.asJsonObject().getJsonNumber("spend").bigDecimalValue()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                "the need levels add up to the year");
        assertTrue(mine.getJsonArray("spendByProvider").stream().anyMatch(v -> v.asJsonObject().getString("name").equals("Brightwater Fostering Ltd")));
        assertTrue(mine.getJsonArray("spendByCouncil").isEmpty(), "a council sees its own spend, not each council's");
        JsonObject near = mine.getJsonObject("placedByDistanceTotal");
        assertTrue(near.getJsonNumber("withinTwentyMiles").longValue() >= 1, "BOL-2026-102 lives in BL3, placed in BL1: " + near);
        JsonObject fostering = mine.getJsonArray("benchmarks").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("category").equals("FOSTERING_STANDARD") && b.getString("needLevel").equals("STANDARD"))
                .findFirst().orElseThrow();
        if (fostering.getBoolean("suppressed")) {
            // Fewer than 5 other councils' placements: their average and Bolton's position would reveal their fees.
            assertTrue(absent(fostering, "regionAverage") && absent(fostering, "yourRank"), fostering.toString());
        } else {
            assertTrue(fostering.getInt("yourRank") >= 1 && fostering.getInt("yourRank") <= fostering.getInt("councils"));
        }
        assertTrue(fostering.getJsonArray("byCouncil").isEmpty(), "a council sees its own position, not each other council's");
        long placed = mine.getJsonNumber("referralsPlaced").longValue();
        long unplaced = mine.getJsonNumber("referralsUnplaced").longValue();
        assertTrue(placed >= 1 && unplaced >= 1, mine.toString());
        assertEquals(java.math.BigDecimal.valueOf(placed * 100).divide(java.math.BigDecimal.valueOf(placed + unplaced), 1,
                java.math.RoundingMode.HALF_UP), mine.getJsonNumber("frameworkShare").bigDecimalValue());
        assertTrue(mine.getString("savingsMethod").contains("baseline"));
        assertEquals(mine.getJsonArray("savings").stream().map(v -> v.asJsonObject().getJsonNumber("saving").bigDecimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2), mine.getJsonNumber("totalSaving").bigDecimalValue().setScale(2));
        assertEquals(mine.getString("asOf"), bolton.get("api/insight").json().getString("asOf"), "unchanged figures come from the snapshot");
        JsonObject national = as(BOLTON).get("api/insight/national").json();
        JsonObject northWest = national.getJsonArray("hubs").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("hubName").equals("North West Placements Hub")).findFirst().orElseThrow();
        assertTrue(northWest.getInt("councils") >= 2, northWest.toString());
        if (northWest.getBoolean("suppressed")) {
            assertTrue(absent(northWest, "childrenInPlacement") && absent(northWest, "spendThisYear"),
                    "fewer than 5 placements: no figure that would reveal one: " + northWest);
        } else {
            assertTrue(northWest.getJsonNumber("childrenInPlacement").longValue() >= 1, northWest.toString());
            assertTrue(national.getJsonObject("total").getJsonNumber("spendThisYear").bigDecimalValue()
                    .compareTo(northWest.getJsonNumber("spendThisYear").bigDecimalValue()) >= 0);
        }
        for (JsonValue fee : northWest.getJsonArray("fees")) {
            assertTrue(fee.asJsonObject().getBoolean("suppressed") == absent(fee.asJsonObject(), "averageWeeklyFee"), fee.toString());
        }
        assertEquals(403, as(BRIGHTWATER).get("api/insight/national").status());
        JsonObject hubView = as(HUB).get("api/insight").json();
        assertTrue(hubView.toString().contains("Bolton Council"), "the hub sees every member council");
        assertTrue(hubView.getJsonArray("spendByCouncil").stream().anyMatch(v -> v.asJsonObject().getString("name").equals("Bolton Council")));
        assertEquals(403, as(BRIGHTWATER).get("api/insight").status());

        // Open data: the call-off is its own OCDS contracting process, linked to the framework's; nothing about the child.
        JsonObject pack = Api.anonymous(url).get("api/ocds/call-offs/" + placementId).json();
        JsonObject release = pack.getJsonArray("releases").getJsonObject(0);
        assertEquals("", org.commissioning.marketplace.testing.OcdsSchema.problems(release.toString()));
        assertEquals("ocds-rcm001-" + live.reference(), release.getJsonArray("relatedProcesses").getJsonObject(0).getString("identifier"));
        assertEquals("active", release.getJsonArray("contracts").getJsonObject(0).getString("status"));
        for (String secret : new String[]{"BOL-2026-102", "siblings", "BL3", "Sibling", "socialCare", "STANDARD"}) {
            assertFalse(pack.toString().contains(secret), "published data never holds " + secret);
        }
        JsonObject record = Api.anonymous(url).get("api/ocds/call-offs/" + placementId + "/record").json().getJsonArray("records").getJsonObject(0);
        assertEquals("", org.commissioning.marketplace.testing.OcdsSchema.problems(record.getJsonObject("compiledRelease").toString()));
        assertEquals(release.getString("ocid"), record.getString("ocid"));
        JsonArray all = Api.anonymous(url).get("api/ocds/call-offs?size=200").json().getJsonArray("releases");
        assertTrue(all.stream().anyMatch(r -> r.asJsonObject().getString("ocid").equals(release.getString("ocid"))));
        assertEquals(404, Api.anonymous(url).get("api/ocds/call-offs/999999").status());

        // Further competition: both invited at once; the council waits for the deadline, then chooses.
        as(HUB).put("api/tenders/" + live.tenderId() + "/evaluation/agreement/call-off-route", "{\"route\":\"FURTHER_COMPETITION\"}");
        availability(as(BRIGHTWATER), BRIGHTWATER_HOME, 2, "\"SIBLING_GROUP\"");
        Response noDeadline = bolton.post("api/referrals", referral(agreement, "BOL-2026-103", "BL3", 30, "\"SIBLING_GROUP\"", ""));
        assertEquals(400, noDeadline.status(), "a further competition needs a deadline");
        String closes = ",\"respondBy\":\"" + TestClock.now().plus(Duration.ofHours(1)) + "\"";
        long third = bolton.post("api/referrals", referral(agreement, "BOL-2026-103", "BL3", 30, "\"SIBLING_GROUP\"", closes))
                .json().getJsonNumber("id").longValue();
        Mail.await(BRIGHTWATER, "New referral BOL-2026-103");
        assertTrue(Mail.body(Mail.await(KESTREL, "New referral BOL-2026-103")).contains("further competition"));
        as(BRIGHTWATER).post("api/referrals/" + third + "/offer", "{\"weeklyFee\":900.00,\"startDate\":\"" + today() + "\",\"settingId\":"
                + brightwaterHome + "}");
        JsonObject k = as(KESTREL).post("api/referrals/" + third + "/offer", "{\"weeklyFee\":940.00,\"startDate\":\"" + today()
                + "\",\"settingId\":" + settingId(as(KESTREL), KESTREL_HOME) + "}").json();
        long kestrelInvitation = k.getJsonArray("invitations").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject compare = bolton.get("api/referrals/" + third).json();
        assertEquals(2, compare.getJsonArray("invitations").size());
        assertTrue(compare.getJsonArray("invitations").stream().allMatch(i -> i.asJsonObject().getString("status").equals("OFFERED")));
        // Vacancies follow placements: no vacancy left, no acceptance; a cancelled placement gives its place back.
        availability(as(KESTREL), KESTREL_HOME, 0, "\"SIBLING_GROUP\"");
        Response full = bolton.post("api/referrals/" + third + "/offers/" + kestrelInvitation + "/acceptance", "");
        assertEquals(409, full.status(), full.toString());
        assertTrue(full.body().contains("no vacancy left"), full.body());
        availability(as(KESTREL), KESTREL_HOME, 1, "\"SIBLING_GROUP\"");
        Response early = bolton.post("api/referrals/" + third + "/offers/" + kestrelInvitation + "/acceptance", "");
        assertEquals(201, early.status(), "every invited provider has answered, so the council may choose now: " + early);
        assertEquals(0, vacancies(as(KESTREL), KESTREL_HOME), "the last vacancy is taken");
        Mail.await(KESTREL, "Referral BOL-2026-103: your offer is accepted");
        long kestrelPlacement = early.json().getJsonNumber("id").longValue();
        JsonObject after = bolton.get("api/insight").json();
        assertEquals(placed + 1, after.getJsonNumber("referralsPlaced").longValue(), "a change makes the snapshot be worked out again");
        assertTrue(Instant.parse(after.getString("asOf")).isAfter(Instant.parse(mine.getString("asOf"))));
        assertTrue(Mail.body(Mail.await(BRIGHTWATER, "Referral BOL-2026-103: your offer was not chosen")).contains("did not choose"));

        // Ofsted: Brightwater records a worse judgement; the hub's alerts and provider performance show the drop and history.
        Api brightwater = as(BRIGHTWATER);
        String inspections = "api/providers/" + orgId(brightwater) + "/settings/" + brightwaterHome + "/inspections";
        String tomorrow = TestClock.today().plusDays(1).toString();
        assertEquals(400, brightwater.post(inspections, "{\"judgement\":\"GOOD\",\"judgementDate\":\"" + tomorrow + "\"}").status(),
                "an inspection is not dated in the future");
        assertEquals(400, brightwater.post(inspections, "{\"judgement\":\"NOT_YET_INSPECTED\",\"judgementDate\":\"" + today() + "\"}").status());
        assertEquals(404, as(KESTREL).post(inspections, "{\"judgement\":\"INADEQUATE\",\"judgementDate\":\"" + today() + "\"}").status(),
                "only a provider's own settings");
        Response dropped = brightwater.post(inspections, "{\"judgement\":\"REQUIRES_IMPROVEMENT\",\"judgementDate\":\"" + today() + "\"}");
        assertEquals(200, dropped.status(), dropped.toString());
        assertEquals("REQUIRES_IMPROVEMENT", dropped.json().getString("judgement"));
        assertTrue(as(HUB).get("api/alerts").structure().toString().contains("Brightwater Fostering North West (SC481120) went from Good "
                + "to Requires improvement to be good"), as(HUB).get("api/alerts").toString());
        long brightwaterId = orgId(brightwater);
        JsonObject row = as(HUB).get("api/insight/providers?name=brightwater").json().getJsonArray("items").getJsonObject(0);
        assertEquals("Brightwater Fostering Ltd", row.getString("name"));
        assertTrue(row.getJsonNumber("offers").longValue() >= 2 && row.getJsonNumber("placements").longValue() >= 1, row.toString());
        assertTrue(row.getJsonNumber("drops").longValue() >= 1 && row.getJsonNumber("declined").longValue() >= 1, row.toString());
        JsonObject kestrelRow = as(BOLTON).get("api/insight/providers?name=kestrel").json().getJsonArray("items").getJsonObject(0);
        assertTrue(kestrelRow.getJsonNumber("sent").longValue() >= 2, kestrelRow.toString());
        JsonObject detail = as(BOLTON).get("api/insight/providers/" + brightwaterId).json();
        JsonObject home = detail.getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("name").equals(BRIGHTWATER_HOME)).findFirst().orElseThrow();
        assertEquals("Requires improvement to be good", home.getJsonArray("history").getJsonObject(0).getString("judgement"));
        assertEquals("Good", home.getJsonArray("history").getJsonObject(0).getString("previous"));
        assertTrue(home.getJsonArray("history").getJsonObject(0).getBoolean("drop"));
        assertEquals(404, as(KESTREL).get("api/insight/providers/" + brightwaterId).status(), "a provider sees only itself");
        assertEquals(brightwaterId, as(BRIGHTWATER).get("api/insight/providers").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("providerId").longValue());
        assertEquals(1, as(BRIGHTWATER).get("api/insight/providers").json().getJsonNumber("total").longValue());
        assertEquals(200, brightwater.post(inspections, "{\"judgement\":\"GOOD\",\"judgementDate\":\"" + today() + "\"}").status());
        assertFalse(as(HUB).get("api/alerts").structure().toString().contains("SC481120) went from"), "a drop since recovered is no alert");

        // Alerts: 22 weeks and some days on, BOL-2026-103 ends within the 56-day lead time: Bolton's weekly digest says so.
        try {
            // Digests go out on Mondays: 22 weeks on, then on to the next Monday by the server's clock, at noon UK time
            // (a whole number of days from a late evening in winter is past midnight in summer time).
            Instant serverNow = TestClock.serverNow(admin);
            Instant monday = LocalDate.ofInstant(serverNow, TestClock.UK).plusWeeks(22)
                    .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY))
                    .atTime(12, 0).atZone(TestClock.UK).toInstant();
            Instant shifted = Instant.parse(admin.put("api/test-support/clock", "{\"seconds\":"
                    + Duration.between(serverNow, monday).toSeconds() + "}").json().getString("now"));
            assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.ofInstant(shifted, TestClock.UK).getDayOfWeek());
            assertTrue(bolton.get("api/alerts").structure().toString().contains("Placement BOL-2026-103"));
            assertEquals(200, admin.post("api/test-support/alert-digests", "").status());
            // The digest names the Monday of the server's week, whatever day the run falls on.
            String week = org.commissioning.marketplace.shared.domain.UkTime.date(TestClock.mondayOf(LocalDate.ofInstant(shifted, TestClock.UK)));
            String digest = Mail.body(Mail.await(BOLTON, "Your weekly alerts for the week of " + week));
            assertTrue(digest.contains("Placement BOL-2026-103") && digest.contains("planned to end"), digest);
        } finally {
            admin.delete("api/test-support/clock");
        }

        // BOL-2026-103 is cancelled before it starts: its place is free again.
        Response cancelled = bolton.post("api/placements/" + kestrelPlacement + "/cancellation", "{\"reason\":\"The child returned home\"}");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals(1, vacancies(as(KESTREL), KESTREL_HOME), "a cancelled placement gives its vacancy back");
        assertTrue(as(AUDITOR).get("api/audit-entries?action=setting.vacancy-freed").json().getInt("total") >= 1, "audited");

        // Thirteen months on, the referral that closed unplaced keeps no details of the child; placed ones keep theirs.
        assertEquals(0, admin.post("api/test-support/referral-retention", "").json().getInt("removed"), "not before 12 months");
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + java.time.Duration.ofDays(400).toSeconds() + "}");
            assertTrue(admin.post("api/test-support/referral-retention", "").json().getInt("removed") >= 1);
            JsonObject forgotten = bolton.get("api/referrals/" + first).json();
            assertEquals("REMOVED-" + first, forgotten.getString("childReference"), forgotten.toString());
            assertEquals("Removed after the retention period.", forgotten.getString("needsSummary"));
            assertEquals(1, as(AUDITOR).get("api/audit-entries?action=referral.child-details-removed&recordId=" + first).json()
                    .getInt("total"), "audited");
            assertEquals("BOL-2026-102", bolton.get("api/referrals/" + second).json().getString("childReference"),
                    "a referral that became a placement keeps its details");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    private static String reason(JsonObject match, String settingName) {
        return match.getJsonArray("excluded").stream().map(JsonValue::asJsonObject).filter(x -> x.getString("settingName").equals(settingName))
                .findFirst().map(x -> x.getString("reason")).orElse("(fits)");
    }

    /**
     * The morning email of tasks: Brightwater is invited to answer the referral, so its email lists it
     * with a link; sent from three instances at once it still goes once; turned off, it does not go.
     * Days of the test's own (far ahead) keep the server's own 07:00 schedule from claiming them first.
     */
    private void theMorningEmailSaysWhatWaitsOnceADayToThoseWhoWantIt(long referral) throws Exception {
        Api provider = as(BRIGHTWATER);
        assertTrue(provider.get("api/me/preferences").json().getBoolean("taskEmails"), "on unless turned off");
        Response bad = provider.put("api/me/preferences", "{}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("taskEmails", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, as(BOLTON).post("api/test-support/task-digests?day=2031-01-01", "").status(), "only administrators");
        assertEquals(400, as(ADMIN).post("api/test-support/task-digests?day=soon", "").status());

        LocalDate day = TestClock.today().plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000, 900_000));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.List<java.util.concurrent.Future<Response>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(pool.submit(() -> as(ADMIN).post("api/test-support/task-digests?day=" + day, "")));
        }
        int sent = 0;
        for (var run : runs) {
            Response r = run.get();
            assertEquals(200, r.status(), r.toString());
            sent += r.json().getInt("sent");
        }
        pool.shutdown();
        String subject = "What waits for you on " + org.commissioning.marketplace.shared.domain.UkTime.date(day);
        String body = Mail.body(Mail.await(BRIGHTWATER, subject));
        assertTrue(body.contains("Answer referral BOL-2026-101") && body.contains("provider/referrals.xhtml?id=" + referral)
                && body.contains("account.xhtml"), "what waits, where, and how to stop these emails: " + body);
        try (java.sql.Connection c = TestServices.connect();
             java.sql.PreparedStatement q = c.prepareStatement("SELECT COUNT(*), SUM(tasks > 0) FROM task_digest WHERE digest_day = ?")) {
            q.setObject(1, day);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(sent, rs.getInt(2), "one email per person with something waiting, however many instances send");
            }
        }
        assertEquals(0, as(ADMIN).post("api/test-support/task-digests?day=" + day, "").json().getInt("sent"), "once a day");
        Thread.sleep(1_000);
        assertEquals(1, Mail.count(BRIGHTWATER, subject), "one email, though three instances sent that day's");

        // Turned off, it does not go (and the change is audited).
        assertFalse(provider.put("api/me/preferences", "{\"taskEmails\":false}").json().getBoolean("taskEmails"));
        try {
            LocalDate next = day.plusDays(1);
            as(ADMIN).post("api/test-support/task-digests?day=" + next, "");
            try (java.sql.Connection c = TestServices.connect();
                 java.sql.PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM task_digest d JOIN account a ON a.id = d.account_id "
                         + "WHERE d.digest_day = ? AND a.username = ?")) {
                q.setObject(1, next);
                q.setString(2, BRIGHTWATER);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(0, rs.getInt(1), "nothing is sent to a person who turned the emails off");
                }
            }
            assertTrue(as(AUDITOR).get("api/audit-entries?action=account.task-emails-changed").body().contains(BRIGHTWATER));
        } finally {
            provider.put("api/me/preferences", "{\"taskEmails\":true}");
        }
    }

    static void awaitReferral(Api council, long id, String status) throws InterruptedException {
        String now = "";
        for (int i = 0; i < 60 && !now.equals(status); i++) {
            Thread.sleep(250);
            now = council.get("api/referrals/" + id).json().getString("status");
        }
        assertEquals(status, now);
    }

    /** A figure left out of the answer (the API omits what is null). */
    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }
}
