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
        browser.screenshot("council-offers");
        assertEquals("ascending", browser.sortBy("#offer-table", "Weekly fee"));
        assertEquals(List.of("£880.00", "£940.00"), browser.column("#offer-table", 1));
        assertEquals("descending", browser.sortBy("#offer-table", "Weekly fee"), "a second press reverses the order");
        assertEquals(List.of("£940.00", "£880.00"), browser.column("#offer-table", 1));
        assertTrue(browser.column("#offer-table", 0).get(0).contains("Kestrel"), "whole rows move");
        assertEquals("ascending", browser.sortBy("#offer-table", "Provider"));
        assertTrue(browser.column("#offer-table", 0).get(0).contains("Brightwater"));
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
        assertTrue(browser.pageText().contains("How: For each placement: (baseline weekly fee"), "the savings method is stated");
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
}
