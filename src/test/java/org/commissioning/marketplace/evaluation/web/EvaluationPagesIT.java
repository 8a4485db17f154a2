package org.commissioning.marketplace.evaluation.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.Tenders;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluation and award in the pages: one tender from opening the bids to a live framework agreement,
 * and a dynamic market that admits qualifying providers after its award.
 */
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

    /**
     * A dynamic market whose tender states its award rule (a score threshold): the award appoints by
     * the rule, and after it a new provider applies, is evaluated on the same criteria and admitted
     * behind the existing member, while a weak application is refused; a closed framework admits
     * nobody later.
     */
    @Test
    void aDynamicMarketAdmitsQualifyingProvidersAfterTheAward() throws Exception {
        assertEquals(400, Tenders.publishedOneLotStatus(as(HUB), "DYNAMIC_MARKET", "{\"appointPerLot\":3}"),
                "a dynamic market states the score a supplier must reach");
        JsonObject tender = Tenders.publishedOneLot(as(HUB), "DYNAMIC_MARKET", "{\"scoreThreshold\":60}");
        long id = tender.getJsonNumber("id").longValue();
        assertEquals(60, tender.getJsonNumber("scoreThreshold").intValue());
        JsonArray criteria = tender.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria");
        long quality = criteria.getJsonObject(0).getJsonNumber("id").longValue();
        long social = criteria.getJsonObject(2).getJsonNumber("id").longValue();
        String e = "api/tenders/" + id + "/evaluation/";
        Response bid = as(BRIGHTWATER).post("api/tenders/" + id + "/bids/mine/submission", Tenders.bid(tender, "950.00", "Our answer"));
        long bidId = bid.json().getJsonNumber("bidId").longValue();
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");
            as(HUB).post("api/tenders/" + id + "/bids/opening", "");
            as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR + "\"}");
            JsonObject work = as(EVALUATOR).get(e + "my-work").json();
            as(EVALUATOR).post(e + "my-declarations", "{\"providerId\":" + work.getJsonArray("toDeclare").getJsonObject(0)
                    .getJsonNumber("providerId") + ",\"conflict\":false}");
            for (long criterion : new long[]{quality, social}) {
                String score = "{\"bidId\":" + bidId + ",\"lot\":1,\"criterionId\":" + criterion
                        + ",\"score\":7,\"justification\":\"Meets the published guidance well\"}";
                assertEquals(200, as(EVALUATOR).put(e + "my-scores", score).status());
                assertEquals(200, as(HUB).put(e + "lots/1/moderation", score).status());
            }
            JsonObject proposed = as(HUB).post(e + "award", "{}").json();
            assertTrue(proposed.getJsonArray("lines").getJsonObject(0).getBoolean("appointed"), "the rule appoints: 7/10 -> 42 + price 40 = 82 >= 60");
            as("second.commissioner@northwest-hub.example").post(e + "award/approval", "");
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(20).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "AWARDED");

            // Oakfield applies later, is evaluated on the same criteria and joins behind Brightwater.
            String application = "{\"lot\":1,\"content\":" + Tenders.bid(tender, "900.00", "Oakfield's answer") + "}";
            Response applied = as(OAKFIELD).post(e + "agreement/applications", application);
            assertEquals(201, applied.status(), applied.toString());
            assertEquals(409, as(OAKFIELD).post(e + "agreement/applications", application).status(), "one pending application");
            assertTrue(Mail.body(Mail.await(HUB, "New application to join " + tender.getString("reference"))).contains("Oakfield"));
            long applicationId = applied.json().getJsonNumber("id").longValue();
            Response incomplete = as(HUB).put(e + "agreement/applications/" + applicationId + "/decision",
                    "{\"selectionPassed\":true,\"marks\":{\"" + quality + "\":9},\"rationale\":\"Strong answers throughout\"}");
            assertEquals(400, incomplete.status(), "every question needs a mark");
            JsonObject admitted = as(HUB).put(e + "agreement/applications/" + applicationId + "/decision",
                    "{\"selectionPassed\":true,\"marks\":{\"" + quality + "\":9,\"" + social + "\":8},\"rationale\":\"Strong answers throughout\"}")
                    .json();
            assertEquals("ADMITTED", admitted.getString("status"), admitted.toString());
            assertEquals("93.00", admitted.getJsonNumber("total").bigDecimalValue().setScale(2).toPlainString(), "45 + 8 + price 40");
            JsonArray members = as(HUB).get(e + "agreement").json().getJsonArray("members");
            assertEquals(2, members.size());
            assertEquals("Brightwater Fostering Ltd", name(members, 1), "existing members keep their ranks");
            assertEquals("Oakfield Children's Homes Ltd", name(members, 2));
            assertTrue(Mail.body(Mail.await(OAKFIELD, "Your application to " + tender.getString("reference"))).contains("admitted to lot 1"));

            // A weak application is refused with its marks and reasons.
            String weak = "{\"lot\":1,\"content\":" + Tenders.bid(tender, "2000.00", "Greenbank's answer") + "}";
            long weakId = as("provider@greenbank-school.example").post(e + "agreement/applications", weak).json()
                    .getJsonNumber("id").longValue();
            // The hub decides on it in the pages.
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            assertTrue(browser.text("#agreement").contains("Oakfield Children's Homes Ltd"));
            browser.driver().findElement(org.openqa.selenium.By.id("applications:list:1:selection")).click();
            browser.type("applications:list:1:marks:0:mark", "2").type("applications:list:1:marks:1:mark", "2")
                    .type("applications:list:1:reason", "Little evidence of practice").click("applications:list:1:decide");
            assertTrue(browser.text(".notification").contains("is decided"), browser.pageText());
            browser.screenshot("hub-dynamic-market-applications");
            JsonObject refused = as(HUB).get(e + "agreement/applications").structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("id").longValue() == weakId).findFirst().orElseThrow();
            assertEquals("REFUSED", refused.getString("status"));
            assertEquals(2, as(HUB).get(e + "agreement").json().getJsonArray("members").size());
            assertEquals(1, as("provider@greenbank-school.example").get(e + "agreement/applications").structure().asJsonArray().size(),
                    "a provider sees only its own applications");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    private static String name(JsonArray members, int rank) {
        return members.stream().map(JsonValue::asJsonObject).filter(m -> m.getInt("rank") == rank).findFirst().orElseThrow()
                .getString("providerName");
    }
}
