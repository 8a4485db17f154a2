package org.commissioning.marketplace.tendering.web;

import static org.commissioning.marketplace.testing.DemoUsers.*;

import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api.Response;
import jakarta.mail.internet.MimeMessage;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.OcdsSchema;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.URL;
import java.util.List;

/**
 * The whole first half of the hub's job in the browser: a council submits needs, the hub reads the
 * pooled profile, drafts and publishes a two-lot tender sized from it, a provider asks a question
 * and the hub answers it for everyone.
 */
class TenderPagesIT extends BrowserJourney {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void fromACouncilsNeedsToAPublishedTenderAndAnAnsweredQuestion() throws Exception {
        long round = openRound();
        String label = Api.anonymous(url).asDemo(HUB).get("api/needs-rounds/" + round).json().getString("planningYearLabel");

        // A council records and submits its needs.
        browser.signIn("commissioner@bolton.example", Api.DEMO_PASSWORD).open("council/needs.xhtml?round=" + round);
        browser.choose("line:category", "Fostering: standard").choose("line:needLevel", "Standard")
                .choose("line:ageBand", "5 to 10").choose("line:subRegion", "Greater Manchester")
                .type("line:placements", "12").type("line:weeks", "40").type("line:baselineWeeklyFee", "950.00")
                .click("line:add").click("submission:submit");
        assertEquals("Submitted", browser.text("#status"));
        browser.signOut();

        // The hub reads the pooled profile and drafts a tender from it.
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/needs.xhtml?round=" + round);
        assertEquals("12 placements, £456,000.00 a year", browser.text("#profile-total"));
        assertEquals("Sub-regions: Greater Manchester, Lancashire.", browser.text("#sub-regions"));
        browser.open("hub/tenders.xhtml");
        browser.click("draft:submit");
        assertTrue(browser.text(".error-summary-list").contains("Enter the tender's title"), browser.text(".error-summary-list"));
        LocalDate today = TestClock.today();
        browser.type("draft:title", "Greater Manchester fostering " + label)
                .type("draft:description", "Standard fostering and solo residential care for member councils")
                .choose("draft:procedure", "Framework")
                .choose("draft:needsRoundId", label + " needs round")
                .setValue("draft:termStart", today.plusMonths(6).toString())
                .setValue("draft:termEnd", today.plusMonths(6).plusYears(4).toString())
                .setValue("draft:clarificationDate", today.plusDays(20).toString())
                .setValue("draft:bidDate", today.plusDays(30).toString())
                .setValue("draft:plannedAward", today.plusDays(45).toString())
                .click("draft:submit");
        assertTrue(browser.text(".notification").contains("is created"), browser.pageText());
        assertTrue(browser.text("#checklist").contains("Add at least one lot."));

        // A lot added by mistake, with the number typed into its title, and a lot with the wrong category.
        browser.follow("#checklist a[href*='section=lots']");
        assertEquals("page", browser.driver().findElement(By.cssSelector("a[data-section='lots']")).getAttribute("aria-current"),
                "the checklist leads to the part that fixes it, marked as the part shown");
        assertFalse(browser.has("#publish\\:submit"), "each part of the tender is shown on its own");
        browser.type("lot:title", "Lot 1: Adoption").choose("lot:category", "Adoption (inter-agency)").click("lot:add");
        assertEquals("Lot 1: Adoption", browser.text("#lot-1 h3"), "the number is not shown twice");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#lots"), "the page comes back to the lots");
        browser.type("lot:title", "Standard fostering, Greater Manchester").choose("lot:category", "Adoption (inter-agency)")
                .type("lot:subRegion", "Greater Manchester").click("lot:add");
        browser.follow("#lot-2 a[href*='change-lot=2']");
        assertEquals("Change lot 2", browser.text("#lot-form h3"));
        assertEquals("Standard fostering, Greater Manchester", browser.driver().findElement(By.id("lot:title")).getAttribute("value"));
        browser.choose("lot:category", "Fostering: standard").click("lot:add");
        assertTrue(browser.text(".notification").contains("Lot 2 is changed."), browser.pageText());
        assertTrue(browser.text("#lot-2").contains("About 12 placements, £456,000.00 a year from pooled needs."), browser.text("#lot-2"));
        browser.follow("#lot-1 input[value='Remove lot 1']");
        assertTrue(browser.text(".notification").contains("Lot 1 is removed"), browser.pageText());
        assertEquals("Lot 1: Standard fostering, Greater Manchester", browser.text("#lot-1 h3"), "the lots are numbered again");
        browser.type("lot:title", "Solo residential").choose("lot:category", "Residential home: solo")
                .choose("lot:priceFormula", "The price weight less 1% of it for each 1% the bid's price is above the lowest (none at twice the lowest)")
                .click("lot:add");
        for (String lot : new String[]{"Lot 1: Standard fostering, Greater Manchester", "Lot 2: Solo residential"}) {
            browser.choose("criterion:criterionLot", lot).choose("criterion:kind", "Quality")
                    .type("criterion:title", "How will you keep children safe?").type("criterion:weight", "60")
                    .type("criterion:maxMarks", "10").click("criterion:add");
            browser.choose("criterion:criterionLot", lot).choose("criterion:kind", "Price")
                    .type("criterion:title", "Weekly fees per need level").type("criterion:weight", "40").click("criterion:add");
        }
        // A criterion's weight corrected in place.
        browser.follow("#lot-1 a[href*='change-criterion=']");
        assertEquals("How will you keep children safe?", browser.driver().findElement(By.id("criterion:title")).getAttribute("value"));
        browser.type("criterion:weight", "70").click("criterion:add");
        assertTrue(browser.text(".error-summary-list").contains("110%"), browser.text(".error-summary-list"));
        browser.type("criterion:weight", "60").type("criterion:title", "How will you keep children safe and well?").click("criterion:add");
        assertTrue(browser.text("#lot-1").contains("How will you keep children safe and well?"), browser.text("#lot-1"));
        browser.follow("#lot-2 input[id$='remove-criterion']");
        assertTrue(browser.text(".notification").contains("removed from lot 2"), browser.pageText());
        browser.choose("criterion:criterionLot", "Lot 2: Solo residential").choose("criterion:kind", "Quality")
                .type("criterion:title", "How will you keep children safe?").type("criterion:weight", "60")
                .type("criterion:maxMarks", "10").click("criterion:add");

        browser.follow("a[data-section='selection']");
        browser.type("selection:question", "Is any setting you offer rated inadequate?").click("selection:add");
        browser.type("selection:question", "Do you hold the insurance the contract asks for?").click("selection:add");
        browser.follow("#selection-question-list a[href*='change-question=1']");
        browser.type("selection:question", "Is any setting you offer judged inadequate by Ofsted?").click("selection:add");
        browser.follow("#selection-question-list li:nth-child(2) input[id$='remove-question']");
        String questions = browser.text("#selection-question-list");
        assertTrue(questions.startsWith("Is any setting you offer judged inadequate by Ofsted?") && !questions.contains("insurance"), questions);

        // The title corrected, and someone added to the team by mistake taken off it.
        browser.follow("a[data-section='overview']");
        browser.driver().findElement(By.cssSelector("#terms-details > summary")).click();
        browser.type("terms:title", "Greater Manchester fostering and residential " + label).click("terms:save");
        assertEquals("Greater Manchester fostering and residential " + label, browser.heading());
        browser.follow("a[data-section='team']");
        browser.type("team-member:username", EVALUATOR).click("team-member:add");
        browser.follow("#team-table input[id$='remove-member']");
        assertTrue(browser.text(".notification").contains("is off the tender team"), browser.pageText());
        browser.screenshot("hub-tender-draft-corrected");
        browser.follow("a[data-section='selection']");
        browser.type("award-rule-form:scoreThreshold", "250").click("award-rule-form:save");
        assertTrue(browser.text(".error-summary-list").contains("at most 100"), browser.text(".error-summary-list"));
        browser.type("award-rule-form:appointPerLot", "3").type("award-rule-form:scoreThreshold", "55").click("award-rule-form:save");
        assertTrue(browser.text("#award-rule").contains("at most 3 of the best ranked bids with a total score of at least 55"),
                browser.text("#award-rule"));
        browser.follow("a[data-section='overview']");
        browser.click("publish:submit");
        assertTrue(browser.text(".error-summary-list").contains("Conflict of interest declarations are missing"),
                browser.text(".error-summary-list"));
        browser.follow("#checklist a[href*='section=team']");
        browser.driver().findElement(By.cssSelector("input[name='declaration:interest'][value='false']")).click();
        browser.click("declaration:submit");
        browser.follow("a[data-section='overview']");
        browser.screenshot("hub-tender-ready");
        browser.click("publish:submit");
        assertTrue(browser.text("#confirmation").contains("Publish T-"), browser.pageText());
        browser.click("confirmation-form:yes");
        assertEquals("Published", browser.text("#tender-status"));
        assertTrue(browser.has("#ocds-link"));
        String tenderUrl = browser.driver().getCurrentUrl();
        String tenderId = tenderUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        String ocds = Api.anonymous(url).get("api/tenders/" + tenderId + "/ocds").body();
        assertTrue(ocds.contains("price marks: the price weight less 1%") && ocds.contains("Award rule: appoint at most 3 per lot scoring at least 55"),
                "the notice states each lot's price formula and the award rule: " + ocds);
        browser.signOut();

        // A provider finds it and asks a question.
        browser.signIn("provider@brightwater.example", Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + tenderId);
        assertEquals("Greater Manchester fostering and residential " + label, browser.heading());
        String terms = browser.text("#tender-terms");
        assertTrue(terms.contains("to " + org.commissioning.marketplace.shared.domain.UkTime.date(TestClock.today().plusMonths(6).plusYears(4))) && terms.contains("at most 3 of the best ranked"),
                "the provider reads the term and the award rule: " + terms);
        String lot1 = browser.text("#lot-1");
        assertTrue(lot1.contains("Fostering: standard") && lot1.contains("Greater Manchester") && lot1.contains("About 12 placements")
                && lot1.contains("How will you keep children safe and well?"), lot1);
        assertTrue(browser.text("#selection-questions").contains("judged inadequate by Ofsted"), browser.text("#selection-questions"));
        browser.click("notice-link");
        assertEquals("Greater Manchester fostering and residential " + label, browser.heading());
        assertTrue(browser.text("#notice-facts").contains("ocds-"), browser.text("#notice-facts"));
        browser.screenshot("tender-notice");
        browser.open("provider/tenders.xhtml?id=" + tenderId);
        browser.type("ask:question", "Can a sibling group be placed under lot 1?").click("ask:submit");
        assertTrue(browser.text("#clarifications").contains("Not answered yet."));
        assertTrue(browser.has("#following"), "asking follows the tender");
        browser.signOut();

        // The hub's home page says a question waits; the hub answers it for everyone.
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/home.xhtml");
        assertTrue(browser.text("#tasks").contains("1 question on T-"), "the hub is told: " + browser.pageText());
        browser.follow("#tasks a[href*='id=" + tenderId + "']");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#clarifications"), browser.driver().getCurrentUrl());
        assertTrue(browser.text("#clarifications\\:table").contains("Asked by Brightwater Fostering Ltd"));
        assertEquals("Clarification questions (1 to answer)", browser.text("a[data-section='clarifications']"));
        browser.type("clarifications:table:0:answer", "Yes: a sibling group is one placement under lot 1.")
                .click("clarifications:table:0:publish-answer");
        assertTrue(browser.text(".notification").contains("published to every provider"));
        assertFalse(browser.text("a[data-section='clarifications']").contains("to answer"), "nothing left to answer");
        browser.follow("a[data-section='overview']");
        browser.setValue("deadlines:bidDeadline", TestClock.today().plusDays(40).toString()).click("deadlines:submit");
        assertTrue(browser.text(".notification").contains("The bid deadline is moved."), browser.pageText());
        browser.signOut();

        // A provider prepares, saves and submits a sealed bid in the pages; the hub sees only the count.
        browser.signIn("provider@brightwater.example", Api.DEMO_PASSWORD).open("provider/bid.xhtml?tender=" + tenderId);
        browser.click("bid:submit");
        assertTrue(browser.text(".error-summary-list").contains("Bid on at least one lot."), browser.text(".error-summary-list"));
        browser.driver().findElement(By.id("bid:lots:0:include")).click();
        browser.type("bid:lots:0:levels:0:fee", "950.00").type("bid:lots:0:levels:1:fee", "£1,250")
                .type("bid:lots:0:levels:2:fee", "1900.00")
                .type("bid:lots:0:questions:0:answer", "We keep children safe by ...")
                .type("bid:selectionQuestions:0:selection", "No").click("bid:save");
        assertTrue(browser.text(".notification").contains("Your draft is saved."));
        java.nio.file.Path policy = java.nio.file.Files.createTempFile("safeguarding-policy", ".pdf");
        java.nio.file.Files.writeString(policy, "%PDF-1.4\nOur safeguarding policy\n%%EOF\n");
        browser.choose("attach:purpose", "Selection question 1").attach("attach:file", policy).click("attach:attach");
        assertTrue(browser.text(".notification").contains("is attached to your draft for selection question 1"), browser.pageText());
        assertTrue(browser.text("#attachments").contains(policy.getFileName().toString()), browser.text("#attachments"));
        java.nio.file.Path program = java.nio.file.Files.createTempFile("setup", ".exe");
        java.nio.file.Files.writeString(program, "MZ not evidence");
        browser.attach("attach:file", program).click("attach:attach");
        assertTrue(browser.text(".error-summary-list").contains("not a kind you can attach"), browser.pageText());
        browser.screenshot("provider-bid-attachments");
        browser.click("bid:submit");
        String confirm = browser.text("#confirmation");
        assertTrue(confirm.contains("Submit your bid on T-") && confirm.contains("You bid on lot 1") && confirm.contains("£950.00")
                && confirm.contains("sealed"), confirm);
        assertEquals("confirmation", browser.driver().switchTo().activeElement().getAttribute("id"), "the question has the focus");
        browser.screenshot("provider-bid-confirm");
        browser.click("confirmation-form:no");
        assertTrue(!browser.has("#confirmation") && browser.text("#receipts").contains("not submitted"), "going back submits nothing");
        browser.click("bid:submit").click("confirmation-form:yes");
        assertTrue(browser.text(".notification").contains("Receipt digest (SHA-256):"), browser.pageText());
        String sent = browser.text("#submitted-bid");
        assertTrue(sent.contains("£950.00") && sent.contains("We keep children safe by ..."), "the provider sees what they sent: " + sent);
        assertEquals("950.00", browser.driver().findElement(By.id("bid:lots:0:levels:0:fee")).getAttribute("value"),
                "a replacement starts from the bid sent");
        assertTrue(browser.text("#receipts").contains("Submitted"));
        assertTrue(browser.has("#receipts a[href*='/receipt']"), "the receipt can be downloaded");
        browser.screenshot("provider-bid-submitted");
        browser.signOut();
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tender.xhtml?id=" + tenderId);
        assertTrue(browser.text("#bid-counts").contains("Lot 1 1 bid"), browser.text("#bid-counts"));
        assertTrue(!browser.pageText().contains("We keep children safe"), "sealed: the hub cannot read it");
        browser.signOut();

        // A member council reads the tender and its published answers.
        browser.signIn("commissioner@bolton.example", Api.DEMO_PASSWORD).open("council/tenders.xhtml?id=" + tenderId);
        assertTrue(browser.text("#clarifications").contains("Yes: a sibling group is one placement under lot 1."));
        browser.signOut();

        // Anyone can read the notice, signed in or not.
        browser.open("notice.xhtml?tender=" + tenderId);
        assertTrue(browser.text("#lot-2").contains("Residential home: solo"), browser.pageText());
        browser.open("notice.xhtml?tender=abc");
        assertTrue(browser.pageText().contains("The address names no tender"), browser.pageText());

        // Another provider sees question and answer, without who asked.
        browser.signIn("provider@oakfield.example", Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + tenderId);
        String qa = browser.text("#clarifications");
        assertTrue(qa.contains("Can a sibling group be placed under lot 1?") && qa.contains("Yes: a sibling group is one placement"), qa);
        assertTrue(!browser.pageText().contains("Brightwater"), "the asker is not named");
        browser.screenshot("provider-tender");
    }

    private long openRound() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2030, 2100);
            var r = Api.anonymous(url).asDemo(HUB).post("api/needs-rounds", "{\"planningYear\":" + year + ",\"deadline\":\""
                    + TestClock.now().plus(Duration.ofDays(10)) + "\",\"subRegions\":[\"Greater Manchester\",\"Lancashire\"]}");
            if (r.status() == 201) {
                return r.json().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("could not open a needs round");
    }

    // ==== From TendersApiIT: Tenders through the REST API of the deployed WAR: lots sized from pooled needs,
    // the publishing rules (weights, declarations, maximum terms), the OCDS release validated against the
    // standard's schema, visibility, and deadlines moving tenders on under a shifted clock.


    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    private static String plan(String procedure, String termStart, String termEnd, String reopenings, Long roundId,
                               Instant clarification, Instant bids) {
        return "{\"title\":\"North West fostering framework\",\"description\":\"Standard and specialist fostering for member councils\","
                + "\"procedure\":\"" + procedure + "\",\"termStart\":\"" + termStart + "\""
                + (termEnd == null ? "" : ",\"termEnd\":\"" + termEnd + "\"")
                + (reopenings == null ? "" : ",\"reopenings\":" + reopenings)
                + ",\"clarificationDeadline\":\"" + clarification + "\",\"bidDeadline\":\"" + bids + "\","
                + "\"plannedAward\":\"" + TestClock.plannedAward() + "\",\"standstillDays\":8"
                + (roundId == null ? "" : ",\"needsRoundId\":" + roundId) + "}";
    }

    /** A needs round of this test's own in which Bolton has submitted one line of need. */
    private long roundWithBoltonNeeds() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2030, 2100);
            Response r = as(HUB).post("api/needs-rounds", "{\"planningYear\":" + year + ",\"deadline\":\""
                    + TestClock.now().plus(Duration.ofDays(10)) + "\",\"subRegions\":[\"Greater Manchester\",\"Lancashire\"]}");
            if (r.status() == 201) {
                long id = r.json().getJsonNumber("id").longValue();
                as(BOLTON).post("api/needs-rounds/" + id + "/my-needs/lines", "{\"category\":\"FOSTERING_STANDARD\","
                        + "\"needLevel\":\"STANDARD\",\"ageBand\":\"AGE_5_TO_10\",\"subRegion\":\"Greater Manchester\","
                        + "\"placements\":10,\"weeks\":40,\"baselineWeeklyFee\":900.00}");
                assertEquals(200, as(BOLTON).post("api/needs-rounds/" + id + "/my-needs/submission", "").status());
                return id;
            }
        }
        throw new AssertionError("could not open a needs round");
    }

    private long draft(String planJson) {
        Response r = as(HUB).post("api/tenders", planJson);
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private void completeLot(long tender, int lot) {
        assertEquals(200, as(HUB).post("api/tenders/" + tender + "/lots/" + lot + "/criteria",
                "{\"kind\":\"QUALITY\",\"title\":\"How will you keep children safe?\",\"weight\":50,\"maxMarks\":10,"
                        + "\"guidance\":\"Describe your safeguarding approach\"}").status());
        assertEquals(200, as(HUB).post("api/tenders/" + tender + "/lots/" + lot + "/criteria",
                "{\"kind\":\"PRICE\",\"title\":\"Weekly fees per need level\",\"weight\":40}").status());
        assertEquals(200, as(HUB).post("api/tenders/" + tender + "/lots/" + lot + "/criteria",
                "{\"kind\":\"SOCIAL_VALUE\",\"title\":\"Local employment\",\"weight\":10}").status());
    }

    @Test
    void aTenderGoesFromPooledNeedsToAPublishedValidOcdsRelease() {
        long round = roundWithBoltonNeeds();
        long tender = draft(plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, round,
                TestClock.now().plus(Duration.ofDays(20)), TestClock.now().plus(Duration.ofDays(30))));
        JsonObject withLot = as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Standard fostering, Greater Manchester\","
                + "\"category\":\"FOSTERING_STANDARD\",\"subRegion\":\"Greater Manchester\"}").json();
        JsonObject lot1 = withLot.getJsonArray("lots").getJsonObject(0);
        assertEquals(10, lot1.getInt("estimatedPlacements"), "sized from the pooled demand");
        assertEquals("360000.00", lot1.getJsonNumber("estimatedValue").bigDecimalValue().toPlainString());
        as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Solo residential\",\"category\":\"RESIDENTIAL_SOLO\",\"needLevel\":\"HIGHLY_COMPLEX\"}");
        as(HUB).post("api/tenders/" + tender + "/selection-questions",
                "{\"question\":\"Is any setting you offer judged inadequate by Ofsted?\",\"guidance\":\"A yes excludes the bid\"}");
        assertEquals(200, as(HUB).post("api/tenders/" + tender + "/team", "{\"username\":\"" + EVALUATOR + "\"}").status());

        Response refused = as(HUB).post("api/tenders/" + tender + "/publication", "");
        assertEquals(400, refused.status(), refused.toString());
        List<String> fields = refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("lot 1", "lot 2", "declarations"), fields);
        assertTrue(refused.body().contains(EVALUATOR) && refused.body().contains(HUB), "names who has not declared");

        completeLot(tender, 1);
        completeLot(tender, 2);
        assertEquals(200, as(HUB).put("api/tenders/" + tender + "/team/my-declaration", "{\"interest\":false}").status());
        Response noMitigation = as(EVALUATOR).put("api/tenders/" + tender + "/team/my-declaration",
                "{\"interest\":true,\"interestDetails\":\"My partner works for Brightwater Fostering\"}");
        assertEquals(400, noMitigation.status());
        assertEquals(200, as(EVALUATOR).put("api/tenders/" + tender + "/team/my-declaration",
                "{\"interest\":true,\"interestDetails\":\"My partner works for Brightwater Fostering\","
                        + "\"mitigation\":\"I will not evaluate Brightwater's bid\"}").status());

        Response published = as(HUB).post("api/tenders/" + tender + "/publication", "");
        assertEquals(200, published.status(), published.toString());
        assertEquals("PUBLISHED", published.json().getString("status"));

        Response ocds = Api.anonymous(url).get("api/tenders/" + tender + "/ocds");
        assertEquals(200, ocds.status(), "open data needs no sign-in");
        JsonObject release = ocds.json().getJsonArray("releases").getJsonObject(0);
        assertEquals("", OcdsSchema.problems(release.toString()), "valid against OCDS 1.1.5 with lots and techniques");
        assertEquals("tender", release.getJsonArray("tag").getString(0));
        assertTrue(release.getJsonObject("tender").getJsonObject("techniques").getBoolean("hasFrameworkAgreement"));
        assertEquals(2, release.getJsonObject("tender").getJsonArray("lots").size());
        assertEquals(2, ocds.json().getJsonArray("extensions").size());
        assertFalse(ocds.body().contains("Brightwater"), "declarations are not published");

        JsonObject notice = Api.anonymous(url).get("api/tenders/" + tender + "/notice").json();
        assertEquals("UK4 Tender notice", notice.getString("noticeType"));
        assertEquals("North West Placements Hub", notice.getString("buyer"));
        assertEquals(2, notice.getJsonArray("lots").size());
        assertTrue(notice.getString("awardCriteria").contains("Quality - How will you keep children safe? 50%"), notice.toString());
        assertEquals(release.getString("ocid"), notice.getString("ocid"), "the notice and the open data agree");

        assertEquals(409, as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Late lot\",\"category\":\"ADOPTION\"}").status(),
                "a published tender no longer changes");
    }

    @Test
    void everythingInADraftCanBeChangedOrRemovedUntilPublication() {
        long round = roundWithBoltonNeeds();
        long tender = draft(plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, round,
                TestClock.now().plus(Duration.ofDays(20)), TestClock.now().plus(Duration.ofDays(30))));
        String base = "api/tenders/" + tender;
        as(HUB).post(base + "/lots", "{\"title\":\"Lot 1: Mistaken lot\",\"category\":\"ADOPTION\"}");
        as(HUB).post(base + "/lots", "{\"title\":\"Fostering\",\"category\":\"RESIDENTIAL_SOLO\"}");
        JsonObject two = as(HUB).post(base + "/lots", "{\"title\":\"Solo residential\",\"category\":\"RESIDENTIAL_SOLO\"}").json();
        assertEquals("Mistaken lot", two.getJsonArray("lots").getJsonObject(0).getString("title"), "the number is not typed twice");

        // Lot 2 was meant to be standard fostering in Greater Manchester: changed, it is sized again from the pooled needs.
        JsonObject revised = as(HUB).put(base + "/lots/2", "{\"title\":\"Standard fostering\",\"category\":\"FOSTERING_STANDARD\","
                + "\"subRegion\":\"Greater Manchester\"}").json();
        JsonObject lot2 = revised.getJsonArray("lots").getJsonObject(1);
        assertEquals("Standard fostering", lot2.getString("title"));
        assertEquals(10, lot2.getJsonNumber("estimatedPlacements").longValue(), lot2.toString());
        assertEquals(400, as(HUB).put(base + "/lots/2", "{\"title\":\" \",\"category\":\"FOSTERING_STANDARD\"}").status());

        // Removing lot 1 numbers the others down.
        JsonObject removed = as(HUB).delete(base + "/lots/1").json();
        assertEquals(List.of("1 Standard fostering", "2 Solo residential"), removed.getJsonArray("lots").stream()
                .map(l -> l.asJsonObject().getInt("number") + " " + l.asJsonObject().getString("title")).toList());
        assertEquals(404, as(HUB).delete(base + "/lots/3").status());

        // A criterion's weight is corrected, within the lot's 100%.
        completeLot(tender, 1);
        completeLot(tender, 2);
        JsonObject quality = as(HUB).get(base).json().getJsonArray("lots").getJsonObject(0).getJsonArray("criteria").getJsonObject(0);
        String criterion = base + "/lots/1/criteria/" + quality.getJsonNumber("id").longValue();
        Response over = as(HUB).put(criterion, "{\"kind\":\"QUALITY\",\"title\":\"Safeguarding\",\"weight\":60,\"maxMarks\":10}");
        assertEquals(400, over.status());
        assertTrue(over.body().contains("110%"), over.body());
        as(HUB).delete(base + "/lots/1/criteria/" + as(HUB).get(base).json().getJsonArray("lots").getJsonObject(0)
                .getJsonArray("criteria").getJsonObject(2).getJsonNumber("id").longValue());
        JsonObject corrected = as(HUB).put(criterion, "{\"kind\":\"QUALITY\",\"title\":\"How do you keep children safe?\","
                + "\"weight\":60,\"maxMarks\":20}").json().getJsonArray("lots").getJsonObject(0);
        assertEquals(100, corrected.getInt("totalWeight"));
        assertEquals("How do you keep children safe?", corrected.getJsonArray("criteria").getJsonObject(0).getString("title"));
        assertEquals(2, corrected.getJsonArray("criteria").size());

        // Selection questions and the team.
        as(HUB).post(base + "/selection-questions", "{\"question\":\"First?\"}");
        as(HUB).post(base + "/selection-questions", "{\"question\":\"Second?\"}");
        as(HUB).put(base + "/selection-questions/2", "{\"question\":\"Second, corrected?\"}");
        JsonObject questions = as(HUB).delete(base + "/selection-questions/1").json();
        assertEquals("Second, corrected?", questions.getJsonArray("selectionQuestions").getJsonObject(0).getString("question"));
        assertEquals(1, questions.getJsonArray("selectionQuestions").getJsonObject(0).getInt("position"));
        as(HUB).post(base + "/team", "{\"username\":\"" + EVALUATOR + "\"}");
        assertEquals(1, as(HUB).delete(base + "/team/" + EVALUATOR).json().getJsonArray("team").size());
        assertEquals(409, as(HUB).delete(base + "/team/" + HUB).status(), "the team keeps one member");
        assertEquals(404, as(OTHER_HUB).delete(base + "/lots/1").status(), "another hub cannot touch it");

        // Every change is audited; after publication nothing changes this way.
        as(HUB).put(base + "/team/my-declaration", "{\"interest\":false}");
        assertEquals(200, as(HUB).post(base + "/publication", "").status());
        assertEquals(409, as(HUB).delete(base + "/lots/2").status());
        assertEquals(409, as(HUB).put(base + "/lots/1", "{\"title\":\"Late\",\"category\":\"ADOPTION\"}").status());
        assertEquals(409, as(HUB).delete(base + "/selection-questions/1").status());
        String trail = as(AUDITOR).get("api/audit-entries?recordType=tender&recordId=" + tender + "&size=100").body();
        for (String action : new String[]{"tender.lot-revised", "tender.lot-removed", "tender.criterion-revised",
                "tender.criterion-removed", "tender.selection-question-revised", "tender.selection-question-removed",
                "tender.team-member-removed"}) {
            assertTrue(trail.contains(action), action + " is audited: " + trail);
        }
        Response csv = as(AUDITOR).download("api/audit-entries/export?recordType=tender&recordId=" + tender
                + "&action=tender.lot-removed&from=" + TestClock.now().minus(Duration.ofDays(1)));
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,occurred_at,actor,organisation_id,action,record_type,record_id,summary,chain_seq,hash", lines[0]);
        assertEquals(2, lines.length, "one lot was removed: " + csv.body());
        assertTrue(lines[1].contains("tender.lot-removed") && lines[1].contains("Mistaken lot"), lines[1]);
        assertEquals(403, as(BOLTON).download("api/audit-entries/export").status(), "auditors only");
    }

    @Test
    void aDynamicMarketPublishesWithoutAnEndDate() {
        long tender = draft(plan("DYNAMIC_MARKET", TestClock.april(0), null, null, null,
                TestClock.now().plus(Duration.ofDays(20)), TestClock.now().plus(Duration.ofDays(30))));
        as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Supported accommodation\",\"category\":\"SUPPORTED_ACCOMMODATION\"}");
        completeLot(tender, 1);
        as(HUB).put("api/tenders/" + tender + "/team/my-declaration", "{\"interest\":false}");
        assertEquals(200, as(HUB).post("api/tenders/" + tender + "/publication", "").status());
        JsonObject release = Api.anonymous(url).get("api/tenders/" + tender + "/ocds").json().getJsonArray("releases").getJsonObject(0);
        assertEquals("", OcdsSchema.problems(release.toString()));
        assertTrue(release.getJsonObject("tender").getJsonObject("techniques").getBoolean("hasDynamicPurchasingSystem"));
    }

    /** The first field error of a 400 problem: its field and message. */
    private static String fieldError(Response r) {
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
        assertFalse(r.json().getJsonArray("errors").isEmpty(), "the field is named: " + r);
        JsonObject e = r.json().getJsonArray("errors").getJsonObject(0);
        return e.getString("field") + ": " + e.getString("message");
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        Instant c = TestClock.now().plus(Duration.ofDays(20));
        Instant b = TestClock.now().plus(Duration.ofDays(30));
        String huge = "x".repeat(100_000);
        int before = as(HUB).get("api/tenders?size=1").json().getInt("total");

        // Texts longer than their column takes, refused before the database.
        String longDescription = plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, null, c, b)
                .replace("Standard and specialist fostering for member councils", huge);
        assertTrue(fieldError(as(HUB).post("api/tenders", longDescription)).startsWith("description: Description is too long"));
        long tender = draft(plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, null, c, b));
        assertTrue(fieldError(as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"" + huge.substring(0, 5000)
                + "\",\"category\":\"ADOPTION\"}")).startsWith("title: "));
        as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Adoption\",\"category\":\"ADOPTION\"}");
        assertTrue(fieldError(as(HUB).post("api/tenders/" + tender + "/lots/1/criteria", "{\"kind\":\"QUALITY\",\"title\":\""
                + huge + "\",\"weight\":50,\"maxMarks\":10}")).startsWith("title: "));

        // A body over 1 MB is 413, not read whole.
        Response tooLarge = as(HUB).postExpectingContinue("api/tenders/" + tender + "/lots", "{\"title\":\"" + "y".repeat(1_100_000)
                + "\",\"category\":\"ADOPTION\"}");
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertTrue(tooLarge.contentType().startsWith("application/problem+json") && tooLarge.body().contains("at most 1 MB"), tooLarge.toString());

        // Wrong types and unknown values name the field, and the values a choice takes.
        assertTrue(fieldError(as(HUB).post("api/needs-rounds", "{\"planningYear\":\"twenty\",\"deadline\":\"" + b
                + "\",\"subRegions\":[]}")).startsWith("planningYear: "));
        String category = fieldError(as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"T\",\"category\":\"NOPE\"}"));
        assertTrue(category.startsWith("category: 'NOPE' is not one of the values") && category.contains("FOSTERING_STANDARD"), category);
        String date = fieldError(as(HUB).post("api/tenders", plan("FRAMEWORK", "2020-13-45", TestClock.march31(4), null, null, c, b)));
        assertTrue(date.startsWith("termStart: ") && date.contains("YYYY-MM-DD"), date);
        String query = fieldError(as(HUB).get("api/tenders?status=NOPE"));
        assertTrue(query.startsWith("status: 'NOPE' is not one of the values") && query.contains("PUBLISHED"), query);

        // A draft whose deadlines have passed is refused at once.
        Response past = as(HUB).post("api/tenders", plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, null,
                TestClock.now().minus(Duration.ofDays(2)), TestClock.now().minus(Duration.ofDays(1))));
        assertEquals(400, past.status(), past.toString());
        assertTrue(past.body().contains("The bid deadline has passed") && past.body().contains("The clarification deadline has passed"),
                past.body());
        assertEquals(before + 1, as(HUB).get("api/tenders?size=1").json().getInt("total"), "only the one good draft was made");
    }

    /**
     * Before tendering the hub engages the market in the page: the preliminary market engagement
     * notice (UK2) is published once, before the tender notice, readable by anyone and as valid
     * OCDS naming its notice type; each notice's release names its own.
     */
    @Test
    void aHubEngagesTheMarketBeforeTenderingWithAPreliminaryMarketEngagementNotice() {
        long id = org.commissioning.marketplace.testing.Tenders.draftOneLot(as(HUB), "FRAMEWORK", null, "");
        String e = "api/tenders/" + id + "/evaluation/";
        assertEquals("OPTIONAL", noticeState(id, "UK2"), "a draft may still engage the market");
        assertEquals(404, Api.anonymous(url).get(e + "notices/UK2/ocds").status(), "nothing is published yet");
        LocalDate today = LocalDate.ofInstant(TestClock.serverNow(as(ADMIN)), java.time.ZoneId.of("Europe/London"));

        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tender.xhtml?id=" + id);
        browser.driver().findElement(By.cssSelector("#engagement-details > summary")).click();
        browser.type("engagement:description", "Too short").click("engagement:publish");
        String errors = browser.text(".error-summary-list");
        assertTrue(errors.contains("at least 20 characters") && errors.contains("how providers take part")
                && errors.contains("closes"), "every field named at once: " + errors);
        assertEquals(404, Api.anonymous(url).get(e + "notices/UK2/ocds").status(), "a refused engagement publishes nothing");
        browser.type("engagement:description", "We want to test the lot structure and the price schedule with fostering providers")
                .type("engagement:howToRespond", "Come to the market event in Manchester, or email the hub's commissioners.")
                .setValue("engagement:closesOn", today.plusDays(3).toString()).click("engagement:publish");
        assertTrue(browser.text(".notification").contains("preliminary market engagement notice (UK2) is published"), browser.pageText());
        assertTrue(browser.text("#engagement").contains("price schedule"), browser.text("#engagement"));
        browser.scrollTo("#engagement-heading").screenshot("hub-market-engagement");
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
        browser.signOut();

        Response again = as(HUB).post("api/tenders/" + id + "/market-engagement", "{\"description\":\"A second engagement of the "
                + "market\",\"howToRespond\":\"Email the hub\",\"closesOn\":\"" + today.plusDays(4) + "\"}");
        assertEquals(409, again.status(), "one engagement notice a tender: " + again);
        assertEquals(404, as(OTHER_HUB).post("api/tenders/" + id + "/market-engagement", "{}").status(), "another hub's draft");
        String uk2 = Api.anonymous(url).get(e + "notices/UK2/ocds").body();
        assertEquals("", OcdsSchema.problems(uk2), uk2);
        JsonObject release = Json.createReader(new java.io.StringReader(uk2)).readObject();
        assertEquals("planning", release.getJsonArray("tag").getString(0));
        assertEquals("planning", release.getJsonObject("tender").getString("status"));
        JsonObject document = release.getJsonObject("planning").getJsonArray("documents").getJsonObject(0);
        assertEquals("UK2", document.getString("noticeType"), "the release names its notice: " + document);
        assertTrue(document.getString("url").endsWith("/procurement-notice.xhtml?tender=" + id + "&notice=UK2"), document.toString());
        browser.open("procurement-notice.xhtml?tender=" + id + "&notice=UK2");
        assertEquals("Preliminary market engagement notice", browser.heading(), "readable without signing in");
        assertTrue(browser.text("#notice-lines").contains("market event in Manchester"), browser.text("#notice-lines"));
        browser.screenshot("market-engagement-notice");

        // The tender notice follows it; the engagement notice stays first, and the tender notice's release names UK4.
        assertEquals("PUBLISHED", as(HUB).post("api/tenders/" + id + "/publication", "").json().getString("status"));
        assertEquals(List.of("UK2", "UK4", "UK6", "UK7"), as(HUB).get(e + "notices").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("code")).toList());
        JsonObject uk4 = Api.anonymous(url).get(e + "notices/UK4/ocds").json();
        assertEquals("", OcdsSchema.problems(uk4.toString()));
        assertEquals("UK4", uk4.getJsonObject("tender").getJsonArray("documents").getJsonObject(0).getString("noticeType"));
        assertEquals(409, as(HUB).post("api/tenders/" + id + "/market-engagement", "{}").status(), "only before the tender notice");
    }

    /**
     * The hub's pipeline notice (UK1) for this financial year: what it would list (its tenders whose
     * award is planned in the 18 months), due or overdue by the server's date, published once in the
     * page, kept as published while plans change, readable by anyone and as valid OCDS.
     */
    @Test
    void aHubPublishesItsPipelineNoticeOnceAYearListingWhatItPlansToAward() {
        Api admin = as(ADMIN);
        LocalDate today = LocalDate.ofInstant(TestClock.serverNow(admin), java.time.ZoneId.of("Europe/London"));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String expectedState = today.isAfter(LocalDate.of(year, 5, 26)) ? "OVERDUE" : "DUE";
        JsonObject planned = draftPlannedFor(today.plusDays(30), "Pipeline fostering " + ThreadLocalRandom.current().nextInt(1_000_000));
        String reference = planned.getString("reference");
        long hubId = planned.getJsonNumber("hubId").longValue();

        JsonObject overview = as(HUB).get("api/pipeline-notices").json();
        assertEquals(year, overview.getJsonObject("year").getInt("financialYear"));
        assertEquals(expectedState, overview.getJsonObject("year").getString("state"), "by the server's date: " + today);
        assertTrue(overview.getJsonArray("planned").stream().anyMatch(p -> p.asJsonObject().getString("reference").equals(reference)),
                overview.toString());
        assertEquals(403, as(BOLTON).get("api/pipeline-notices").status(), "a hub's own");
        assertEquals(404, Api.anonymous(url).get("api/pipeline-notices/" + hubId + "/" + year).status(), "nothing published yet");
        assertEquals(400, as(HUB).post("api/pipeline-notices", "{}").status(), "the year is named");
        Response early = as(HUB).post("api/pipeline-notices", "{\"financialYear\":" + (year + 1) + "}");
        assertEquals(409, early.status());
        assertTrue(early.body().contains("can be published from 1 April " + (year + 1)), early.body());
        assertEquals(409, as(HUB).post("api/pipeline-notices", "{\"financialYear\":" + (year - 1) + "}").status(), "a year that is over");

        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tenders.xhtml").follow("#pipeline-link");
        assertEquals("Pipeline notice " + year + " to " + (year + 1), browser.heading());
        assertTrue(browser.text("#pipeline-year").contains(expectedState.equals("DUE") ? "Due" : "Overdue"), browser.text("#pipeline-year"));
        assertTrue(browser.text("#planned").contains(reference), browser.text("#planned"));
        browser.screenshot("hub-pipeline-notice");
        browser.click("publication:publish");
        assertTrue(browser.text(".notification").contains("pipeline notice for " + year + " to " + (year + 1) + " is published"),
                browser.pageText());
        assertTrue(browser.text("#pipeline-year").contains("Published"), browser.text("#pipeline-year"));
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
        browser.signOut();
        assertEquals(409, as(HUB).post("api/pipeline-notices", "{\"financialYear\":" + year + "}").status(), "once a year");

        // Plans change after publication; the notice stays as published.
        String later = draftPlannedFor(today.plusDays(40), "Pipeline later " + ThreadLocalRandom.current().nextInt(1_000_000))
                .getString("reference");
        JsonObject published = Api.anonymous(url).get("api/pipeline-notices/" + hubId + "/" + year).json();
        List<String> listed = published.getJsonArray("planned").stream().map(p -> p.asJsonObject().getString("reference")).toList();
        assertTrue(listed.contains(reference) && !listed.contains(later), listed.toString());
        assertTrue(as(HUB).get("api/pipeline-notices").body().contains(later), "the hub's page shows what it plans now");
        JsonObject ocds = Api.anonymous(url).get("api/pipeline-notices/" + hubId + "/" + year + "/ocds").json();
        assertEquals(listed.size(), ocds.getJsonArray("releases").size());
        for (var r : ocds.getJsonArray("releases")) {
            JsonObject release = r.asJsonObject();
            assertEquals("", OcdsSchema.problems(release.toString()), release.toString());
            assertEquals("planned", release.getJsonObject("tender").getString("status"));
            assertEquals("UK1", release.getJsonObject("planning").getJsonArray("documents").getJsonObject(0).getString("noticeType"));
        }
        browser.open("pipeline-notice.xhtml?hub=" + hubId + "&year=" + year);
        assertEquals("Pipeline notice " + year + " to " + (year + 1), browser.heading(), "readable without signing in");
        assertTrue(browser.text("#planned").contains(reference) && !browser.text("#planned").contains(later), browser.text("#planned"));
        browser.screenshot("pipeline-notice");
    }

    /** A draft of the hub's whose award is planned for the day given. */
    private JsonObject draftPlannedFor(LocalDate plannedAward, String title) {
        Instant clarification = TestClock.serverNow(as(ADMIN)).plus(Duration.ofDays(5));
        Response drafted = as(HUB).post("api/tenders", "{\"title\":\"" + title + "\",\"description\":\"D\",\"procedure\":\"FRAMEWORK\","
                + "\"termStart\":\"" + TestClock.april(0) + "\",\"termEnd\":\"" + TestClock.march31(4) + "\",\"clarificationDeadline\":\""
                + clarification + "\",\"bidDeadline\":\"" + clarification.plus(Duration.ofDays(5)) + "\",\"plannedAward\":\"" + plannedAward
                + "\",\"standstillDays\":8}");
        assertEquals(201, drafted.status(), drafted.toString());
        return drafted.json();
    }

    private String noticeState(long tenderId, String code) {
        return as(HUB).get("api/tenders/" + tenderId + "/evaluation/notices").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(n -> n.getString("code").equals(code)).findFirst()
                .map(n -> n.getString("state")).orElse("absent");
    }

    @Test
    void aCancelledPublishedTenderPublishesItsProcurementTerminationNotice() {
        JsonObject tender = org.commissioning.marketplace.testing.Tenders.publishedOneLot(as(HUB));
        long id = tender.getJsonNumber("id").longValue();
        Response cancelled = as(HUB).post("api/tenders/" + id + "/cancellation", "{\"reason\":\"The councils' needs changed\"}");
        assertEquals(200, cancelled.status(), cancelled.toString());
        JsonObject release = Api.anonymous(url).get("api/tenders/" + id + "/ocds").json().getJsonArray("releases").getJsonObject(0);
        assertEquals("", OcdsSchema.problems(release.toString()));
        assertEquals("tenderCancellation", release.getJsonArray("tag").getString(0));
        assertEquals("cancelled", release.getJsonObject("tender").getString("status"));
        assertTrue(release.getJsonObject("tender").getString("statusDetails").contains("The councils' needs changed"));
        String record = Api.anonymous(url).get("api/ocds/frameworks/" + id + "/record").body();
        assertTrue(record.contains(release.getString("id")), "the termination notice is in the framework's open data record");
        String schedule = as(HUB).get("api/tenders/" + id + "/evaluation/notices").body();
        assertTrue(schedule.contains("\"code\":\"UK12\"") && !schedule.contains("UK6"), "after cancellation only UK4 and UK12: " + schedule);
        String uk12 = Api.anonymous(url).get("api/tenders/" + id + "/evaluation/notices/UK12/ocds").body();
        assertEquals("", OcdsSchema.problems(uk12));
        assertTrue(Api.anonymous(url).get("api/tenders/" + id + "/evaluation/notices/UK12").body().contains("The councils' needs changed"));
    }

    @Test
    void theActsMaximumTermsAreEnforced() {
        Instant c = TestClock.now().plus(Duration.ofDays(20));
        Instant b = TestClock.now().plus(Duration.ofDays(30));
        Response tooLong = as(HUB).post("api/tenders", plan("OPEN_FRAMEWORK", TestClock.april(0), TestClock.march31(9),
                "[\"" + TestClock.april(2) + "\",\"" + TestClock.april(6) + "\"]", null, c, b));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().contains("at most 8 years"), tooLong.body());
        Response noReopening = as(HUB).post("api/tenders", plan("OPEN_FRAMEWORK", TestClock.april(0), TestClock.march31(3), null, null, c, b));
        assertEquals(400, noReopening.status());
        assertTrue(noReopening.body().contains("reopen at least once within its first 3 years"));
        assertEquals(201, as(HUB).post("api/tenders", plan("OPEN_FRAMEWORK", TestClock.april(0), TestClock.march31(8),
                "[\"" + TestClock.april(2) + "\",\"" + TestClock.april(5) + "\"]", null, c, b)).status());
        assertEquals(201, as(HUB).post("api/tenders", plan("FRAMEWORK", TestClock.april(0), TestClock.march31(6), null, null, c, b)).status(),
                "s.47's four-year limit does not apply to light-touch frameworks");
    }

    @Test
    void draftsStayWithTheHubAndPublishedTendersReachProvidersAndMemberCouncils() {
        long tender = draft(plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, null,
                TestClock.now().plus(Duration.ofDays(20)), TestClock.now().plus(Duration.ofDays(30))));
        assertEquals(404, as(BRIGHTWATER).get("api/tenders/" + tender).status(), "a draft is the hub's own");
        assertEquals(404, as(BOLTON).get("api/tenders/" + tender).status());
        assertEquals(404, as(OTHER_HUB).get("api/tenders/" + tender).status());
        assertEquals(404, Api.anonymous(url).get("api/tenders/" + tender + "/ocds").status());
        assertEquals(403, as(BRIGHTWATER).post("api/tenders", "{}").status());
        assertEquals(404, as(OTHER_HUB).post("api/tenders/" + tender + "/publication", "").status());

        as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Adoption\",\"category\":\"ADOPTION\"}");
        completeLot(tender, 1);
        as(HUB).put("api/tenders/" + tender + "/team/my-declaration", "{\"interest\":false}");
        as(HUB).post("api/tenders/" + tender + "/publication", "");

        JsonObject forProvider = as(BRIGHTWATER).get("api/tenders/" + tender).json();
        assertEquals("PUBLISHED", forProvider.getString("status"));
        assertEquals(0, forProvider.getJsonArray("team").size(), "the team's declarations are the hub's");
        assertTrue(as(BRIGHTWATER).get("api/tenders?status=PUBLISHED&size=200").body().contains("\"id\":" + tender + ","));
        assertEquals(200, as(BOLTON).get("api/tenders/" + tender).status(), "a member council");
        assertEquals(404, as(LEEDS).get("api/tenders/" + tender).status(), "a council of another hub");
    }

    @Test
    void deadlinesMoveAPublishedTenderOnByThemselves() throws Exception {
        Instant clarification = TestClock.now().plus(Duration.ofDays(3));
        long tender = draft(plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, null, clarification,
                clarification.plus(Duration.ofDays(2))));
        as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Parent and child\",\"category\":\"FOSTERING_PARENT_AND_CHILD\"}");
        completeLot(tender, 1);
        as(HUB).put("api/tenders/" + tender + "/team/my-declaration", "{\"interest\":false}");
        as(HUB).post("api/tenders/" + tender + "/publication", "");
        assertEquals(409, as(HUB).post("api/tenders/" + tender + "/evaluation", "").status(), "bids are still open");
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(3).plusHours(1).toSeconds() + "}");
            assertEquals("CLARIFICATION_CLOSED", awaitStatus(tender, "CLARIFICATION_CLOSED"));
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(2).toSeconds() + "}");
            assertEquals("BIDS_CLOSED", awaitStatus(tender, "BIDS_CLOSED"));
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals("IN_EVALUATION", as(HUB).post("api/tenders/" + tender + "/evaluation", "").json().getString("status"));
        Response again = as(HUB).post("api/tenders/" + tender + "/publication", "");
        assertEquals(409, again.status());
        assertTrue(again.body().contains("Cannot change from in evaluation to published."), again.body());
        assertTrue(as("auditor@northwest-hub.example").get("api/audit-entries?action=tender.deadline-passed&recordId=" + tender)
                .json().getInt("total") == 2, "each deadline is audited, once");
    }

    // ---- providers engaging with a published tender


    @Test
    void whatYoungPeopleAndFamiliesSaidShowsAsYouSaidWeDidOnThePublishedTender() {
        long tender = readyToPublish(TestClock.now().plus(Duration.ofDays(10)));
        org.commissioning.marketplace.participation.web.ConsultationJourney.journey(browser, url, tender,
                () -> assertEquals(200, as(HUB).post("api/tenders/" + tender + "/publication", "").status()));
    }

    private long publishedTender(Instant clarification) {
        long tender = readyToPublish(clarification);
        assertEquals(200, as(HUB).post("api/tenders/" + tender + "/publication", "").status());
        return tender;
    }

    /** A complete draft framework of one lot, with the hub commissioner's declaration made. */
    private long readyToPublish(Instant clarification) {
        long tender = draft(plan("FRAMEWORK", TestClock.april(0), TestClock.march31(4), null, null, clarification,
                clarification.plus(Duration.ofDays(10))));
        as(HUB).post("api/tenders/" + tender + "/lots", "{\"title\":\"Standard fostering\",\"category\":\"FOSTERING_STANDARD\"}");
        completeLot(tender, 1);
        as(HUB).put("api/tenders/" + tender + "/team/my-declaration", "{\"interest\":false}");
        return tender;
    }

    @Test
    void answersArePublishedToEveryFollowerWithoutSayingWhoAsked() throws Exception {
        long tender = publishedTender(TestClock.now().plus(Duration.ofDays(10)));
        String reference = as(HUB).get("api/tenders/" + tender).json().getString("reference");
        assertEquals(200, as(OAKFIELD).put("api/tenders/" + tender + "/interest", "{}").status());
        Response asked = as(BRIGHTWATER).post("api/tenders/" + tender + "/clarifications",
                "{\"question\":\"Can a sibling group be split across two lots?\"}");
        assertEquals(201, asked.status(), asked.toString());
        long question = asked.json().getJsonNumber("id").longValue();
        assertTrue(as(BRIGHTWATER).get("api/tenders/" + tender + "/interest").json().getBoolean("following"),
                "asking a question follows the tender");

        assertEquals(0, as(OAKFIELD).get("api/tenders/" + tender + "/clarifications").structure().asJsonArray().size(),
                "an unanswered question is not shown to other providers");
        JsonObject forHub = as(HUB).get("api/tenders/" + tender + "/clarifications").structure().asJsonArray().getJsonObject(0);
        assertEquals("Brightwater Fostering Ltd", forHub.getString("askedBy"));

        Response answered = as(HUB).put("api/tenders/" + tender + "/clarifications/" + question + "/answer",
                "{\"answer\":\"No: a sibling group is one placement in one lot.\"}");
        assertEquals(200, answered.status(), answered.toString());
        JsonObject forOakfield = as(OAKFIELD).get("api/tenders/" + tender + "/clarifications").structure().asJsonArray().getJsonObject(0);
        assertEquals("No: a sibling group is one placement in one lot.", forOakfield.getString("answer"));
        assertFalse(forOakfield.containsKey("askedBy") && !forOakfield.isNull("askedBy"), "nobody is named");
        assertFalse(forOakfield.getBoolean("askedByYou"));
        assertFalse(as(OAKFIELD).get("api/tenders/" + tender + "/clarifications").body().contains("Brightwater"));
        assertTrue(as(BRIGHTWATER).get("api/tenders/" + tender + "/clarifications").structure().asJsonArray()
                .getJsonObject(0).getBoolean("askedByYou"));

        for (String follower : List.of(OAKFIELD, BRIGHTWATER)) {
            MimeMessage mail = Mail.await(follower, reference + " ");
            assertTrue(mail.getSubject().contains("a clarification answer is published"), mail.getSubject());
            String body = Mail.body(mail);
            assertTrue(body.contains("a sibling group is one placement"), body);
            assertFalse(body.contains("Brightwater"), "the email does not say who asked");
        }
        assertEquals(409, as(HUB).put("api/tenders/" + tender + "/clarifications/" + question + "/answer",
                "{\"answer\":\"Again\"}").status(), "an answer is published once");
    }

    @Test
    void questionsAfterTheClarificationDeadlineAreRefused() {
        long tender = publishedTender(TestClock.now().plus(Duration.ofDays(2)));
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(2).plusMinutes(5).toSeconds() + "}");
            Response late = as(BRIGHTWATER).post("api/tenders/" + tender + "/clarifications", "{\"question\":\"Too late?\"}");
            assertEquals(409, late.status(), late.toString());
            assertTrue(late.json().getString("detail").contains("clarification deadline"));
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals(0, as(HUB).get("api/tenders/" + tender + "/clarifications").structure().asJsonArray().size());
    }

    @Test
    void documentsAreVersionedAndFollowersAreToldOfEachVersionAndOfDeadlineChanges() throws Exception {
        long tender = publishedTender(TestClock.now().plus(Duration.ofDays(10)));
        String reference = as(HUB).get("api/tenders/" + tender).json().getString("reference");
        as(OAKFIELD).put("api/tenders/" + tender + "/interest", "{}");
        byte[] v1 = "%PDF-1.4 specification version one".getBytes();
        byte[] v2 = "%PDF-1.4 specification version two".getBytes();
        assertEquals(201, upload(tender, "Specification", "spec.pdf", v1).statusCode());
        assertEquals(201, upload(tender, "Specification", "spec-revised.pdf", v2).statusCode());
        assertEquals(400, upload(tender, "Specification", "virus.exe", v1).statusCode(), "only documents");
        assertEquals(400, upload(tender, "Specification", "spec.pdf", "<!DOCTYPE html><script>alert(1)</script>".getBytes())
                .statusCode(), "an HTML page named .pdf is refused");

        var documents = as(OAKFIELD).get("api/tenders/" + tender + "/documents").structure().asJsonArray();
        assertEquals(2, documents.size());
        assertEquals(2, documents.getJsonObject(0).getInt("version"));
        long first = documents.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(new String(v1), as(OAKFIELD).download("api/tenders/" + tender + "/documents/" + first + "/content").body());
        assertTrue(Mail.await(OAKFIELD, reference + " ").getSubject().contains("document Specification version"));

        Response moved = as(HUB).put("api/tenders/" + tender + "/deadlines",
                "{\"bidDeadline\":\"" + TestClock.now().plus(Duration.ofDays(40)) + "\"}");
        assertEquals(204, moved.status(), moved.toString());
        assertTrue(Mail.awaitSubject(OAKFIELD, reference + " " + "North West fostering framework: deadlines changed") != null);
    }

    @Test
    void aNewTenderStartsFromAPreviousOneWithItsTermsButNeverItsBids() throws Exception {
        long source = publishedTender(TestClock.now().plus(Duration.ofDays(10)));
        JsonObject old = as(HUB).get("api/tenders/" + source).json();
        byte[] spec = "%PDF-1.4 the specification to reuse".getBytes();
        assertEquals(201, upload(source, "Specification", "spec.pdf", spec).statusCode());
        String next = plan("FRAMEWORK", TestClock.april(1), TestClock.march31(5), null, null,
                TestClock.now().plus(Duration.ofDays(20)), TestClock.now().plus(Duration.ofDays(30)));

        assertEquals(404, as(OTHER_HUB).post("api/tenders/" + source + "/copies", next).status(), "another hub's tender");
        assertEquals(403, as(BRIGHTWATER).post("api/tenders/" + source + "/copies", next).status());
        int before = as(HUB).get("api/tenders?size=1").json().getInt("total");
        assertTrue(fieldError(as(HUB).post("api/tenders/" + source + "/copies", next.replace("Standard and specialist fostering for "
                + "member councils", "x".repeat(100_000)))).startsWith("description: "), "bad terms are refused naming the field");
        assertEquals(before, as(HUB).get("api/tenders?size=1").json().getInt("total"), "and nothing is started");

        Response copied = as(HUB).post("api/tenders/" + source + "/copies", next);
        assertEquals(201, copied.status(), copied.toString());
        JsonObject copy = copied.json();
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals(source, copy.getJsonNumber("startedFromTenderId").longValue());
        assertTrue(copy.getString("startedFrom").startsWith(old.getString("reference")), copy.getString("startedFrom"));
        assertEquals(old.getJsonArray("lots").size(), copy.getJsonArray("lots").size());
        assertEquals(old.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria").size(),
                copy.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria").size(), "criteria and weights copied");
        assertEquals(old.getJsonArray("selectionQuestions").size(), copy.getJsonArray("selectionQuestions").size());
        assertEquals(TestClock.april(1), copy.getString("termStart"), "the new terms are the plan's");
        long copyId = copy.getJsonNumber("id").longValue();
        var documents = as(HUB).get("api/tenders/" + copyId + "/documents").structure().asJsonArray();
        assertEquals(1, documents.size(), "the latest version of each document");
        assertEquals(1, documents.getJsonObject(0).getInt("version"));
        long doc = documents.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(new String(spec), as(HUB).download("api/tenders/" + copyId + "/documents/" + doc + "/content").body());
        assertEquals(404, as(BRIGHTWATER).get("api/tenders/" + copyId).status(), "the copy is a draft, the hub's own");

        // In the browser: from the tender's page, a new draft with the old terms filled in and the deadlines left to set.
        LocalDate today = TestClock.today();
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tender.xhtml?id=" + source);
        browser.follow("#start-from-this");
        assertEquals("Start a new tender from " + old.getString("reference"), browser.text("#draft-heading"));
        assertTrue(browser.text("#starting-from").contains("its 1 lot with their criteria and weights"), browser.text("#starting-from"));
        assertTrue(browser.text("#starting-from").contains("Its bids, applications and evaluation are not"), browser.text("#starting-from"));
        assertEquals(old.getString("title"), browser.driver().findElement(By.id("draft:title")).getAttribute("value"));
        browser.screenshot("tender-start-from-previous");
        browser.click("draft:submit");
        assertTrue(browser.text(".error-summary-list").contains("bid deadline"), browser.text(".error-summary-list"));
        browser.setValue("draft:clarificationDate", today.plusDays(20).toString())
                .setValue("draft:bidDate", today.plusDays(30).toString())
                .setValue("draft:plannedAward", today.plusDays(45).toString())
                .click("draft:submit");
        assertTrue(browser.text(".notification").contains("is created"), browser.pageText());
        assertTrue(browser.text("#started-from").startsWith(old.getString("reference")), browser.text("#started-from"));
        assertFalse(browser.text("#checklist").contains("Add at least one lot."), "the lots came with it");
        browser.atPhoneWidth(() -> {
            browser.open("hub/tenders.xhtml?from=" + source);
            assertTrue(browser.pageFitsWidth());
            browser.screenshot("tender-start-from-previous");
        });
    }

    private java.net.http.HttpResponse<String> upload(long tender, String title, String fileName, byte[] content) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(Deployments.local(url)
                        .resolve("api/tenders/" + tender + "/documents?title=" + title + "&fileName=" + fileName))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((HUB + ":" + Api.DEMO_PASSWORD).getBytes()))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private String awaitStatus(long tender, String wanted) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 40 && !status.equals(wanted); i++) {
            Thread.sleep(250);
            status = as(HUB).get("api/tenders/" + tender).json().getString("status");
        }
        return status;
    }
}
