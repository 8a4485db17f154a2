package org.commissioning.marketplace.evaluation.web;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Tenders;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One tender in the browser, from opening the bids to a live framework agreement. */
class EvaluationPagesIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    @Test
    void fromOpeningToALiveAgreementInThePages() throws Exception {
        JsonObject tender = Tenders.publishedOneLot(as(HUB));
        long id = tender.getJsonNumber("id").longValue();
        assertEquals(201, as(BRIGHTWATER).post("api/tenders/" + id + "/bids/mine/submission",
                Tenders.bid(tender, "950.00", "Brightwater keeps children safe")).status());
        assertEquals(201, as(OAKFIELD).post("api/tenders/" + id + "/bids/mine/submission",
                Tenders.bid(tender, "1000.00", "Oakfield keeps children safe")).status());
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");

            // The hub opens the bids and assigns an evaluator.
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tender.xhtml?id=" + id).click("opening:submit");
            browser.click("evaluate");
            assertTrue(browser.heading().startsWith("Evaluation and award"), browser.heading());
            browser.type("assign:evaluator", EVALUATOR).click("assign:submit");
            assertTrue(browser.text(".notification").contains("The evaluator is assigned"), browser.pageText());
            browser.signOut();

            // The evaluator declares, then scores each answer with a justification.
            browser.signIn(EVALUATOR, Api.DEMO_PASSWORD);
            assertTrue(browser.text("#assigned").contains(tender.getString("reference")));
            browser.open("evaluator/tender.xhtml?tender=" + id);
            browser.click("declare:bidders:0:submit");
            assertTrue(browser.text(".notification").contains("You declared no conflict"), browser.pageText());
            browser.click("declare:bidders:0:submit");
            String[][] scores = {{"8", "Specific and evidenced safeguarding practice"}, {"6", "Some local recruitment"},
                    {"6", "Sound policy, less evidence of practice"}, {"6", "Some local recruitment"}};
            for (int i = 0; i < scores.length; i++) {
                browser.type("scoring:answers:" + i + ":score", scores[i][0])
                        .type("scoring:answers:" + i + ":justification", scores[i][1]).click("scoring:answers:" + i + ":save");
                assertTrue(browser.text(".notification").contains("is saved"), browser.pageText());
            }
            browser.screenshot("evaluator-scoring");
            browser.signOut();

            // The hub moderates, reads the ranking and proposes the award.
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            for (int i = 0; i < scores.length; i++) {
                browser.type("moderation:lots:0:lines:" + i + ":score", scores[i][0])
                        .type("moderation:lots:0:lines:" + i + ":rationale", "Agreed at moderation: " + scores[i][1])
                        .click("moderation:lots:0:lines:" + i + ":agree");
                assertTrue(browser.text(".notification").contains("is agreed"), browser.pageText());
            }
            String ranking = browser.text("#ranking-lot-1");
            assertTrue(ranking.indexOf("Brightwater") < ranking.indexOf("Oakfield") && ranking.contains("86.00"), ranking);
            browser.screenshot("hub-evaluation-ranking");
            browser.type("moderation:lots:0:appoint", "1").click("moderation:propose");
            assertTrue(browser.text(".notification").contains("A second hub commissioner must approve it."), browser.pageText());
            browser.click("approval:submit");
            assertTrue(browser.text(".error-summary-list").contains("four eyes"), browser.pageText());
            browser.signOut();

            browser.signIn("second.commissioner@northwest-hub.example", Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id)
                    .click("approval:submit");
            assertTrue(browser.text(".notification").contains("standstill has begun"), browser.pageText());
            assertTrue(browser.text("#standstill-ends").contains("(UK time)"), browser.text("#award"));
            browser.screenshot("hub-award-standstill");

            // Standstill ends under the controlled clock: the agreement is live.
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(20).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "AWARDED");
            browser.open("hub/evaluation.xhtml?tender=" + id);
            assertTrue(browser.text("#agreement").contains("Brightwater Fostering Ltd"), browser.pageText());
            assertTrue(browser.text("#award").contains("Final"));
            browser.screenshot("hub-agreement-live");
            browser.signOut();

            // The appointed provider sees its assessment and its place; the other bidder its marks, not the winner's answers.
            browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + id);
            assertTrue(browser.text("#assessment").contains("8.00 of 10") || browser.text("#assessment").contains("8 of 10"),
                    browser.text("#assessment"));
            assertTrue(browser.text("#my-places").contains("Lot 1, rank 1: Standard needs £950.00 a week"), browser.text("#my-places"));
            browser.screenshot("provider-outcome");
            browser.signOut();
            browser.signIn(OAKFIELD, Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + id);
            assertTrue(browser.text("#results").contains("Brightwater Fostering Ltd"));
            assertTrue(!browser.pageText().contains("Brightwater keeps children safe") && !browser.has("#my-places"));
            browser.signOut();

            // The hub ends the agreement early: a reason is needed; then it is terminated and offers no more actions.
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            assertTrue(browser.text("#agreement-status").startsWith("Live"), browser.text("#agreement-status"));
            browser.click("termination:terminate");
            assertTrue(browser.text(".error-summary-list").contains("Give the reason for ending the agreement early"), browser.pageText());
            browser.type("termination:reason", "The councils re-procure the service under a new model").click("termination:terminate");
            assertTrue(browser.text("#agreement-status").startsWith("Terminated early"), browser.text("#agreement-status"));
            assertTrue(!browser.has("#termination"), "nothing more to end");
            browser.screenshot("hub-agreement-terminated");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

}
