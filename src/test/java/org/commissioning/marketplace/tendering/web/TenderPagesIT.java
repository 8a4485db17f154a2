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
}
