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
import org.commissioning.marketplace.shared.domain.WorkingDays;
import org.commissioning.marketplace.testing.Agreements;
import org.commissioning.marketplace.testing.OcdsSchema;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
     * A dynamic market admits by its conditions of participation, never by a score: it states no
     * award rule and its award appoints every bid left in the competition; after it a provider
     * applies through the API and is admitted behind the existing member by a commissioner who has
     * declared no conflict, and another applies in the browser and is refused as not meeting the
     * conditions; the notices of its establishment follow. (A closed framework admits nobody later:
     * {@link #fromOpenedBidsToALiveAgreement}.)
     */
    @Test
    void aDynamicMarketAdmitsQualifyingProvidersAfterTheAward() throws Exception {
        assertEquals(400, Tenders.publishedOneLotStatus(as(HUB), "DYNAMIC_MARKET", "{\"scoreThreshold\":60}"),
                "no number or score decides a dynamic market's membership: it states no award rule");
        JsonObject tender = Tenders.publishedOneLot(as(HUB), "DYNAMIC_MARKET", null);
        long id = tender.getJsonNumber("id").longValue();
        long quality = Tenders.criterionId(tender, 0);
        long social = Tenders.criterionId(tender, 2);
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
            assertTrue(proposed.getJsonArray("lines").getJsonObject(0).getBoolean("appointed"), "every bid meeting the conditions of participation is appointed");
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
            Response undeclared = as(HUB).put(e + "agreement/applications/" + applicationId + "/decision",
                    "{\"conditionsMet\":true,\"rationale\":\"Meets every condition of participation\"}");
            assertEquals(400, undeclared.status(), "the commissioner declares no conflict of interest first");
            assertTrue(undeclared.body().contains("declaration"), undeclared.body());
            String decision = "{\"conditionsMet\":true,\"noConflictDeclared\":true,\"rationale\":\"Meets every condition of participation\"}";
            Response unassessed = as(HUB).put(e + "agreement/applications/" + applicationId + "/decision", decision);
            assertEquals(409, unassessed.status(), "the decision waits for the lot's evaluators: " + unassessed);
            // The lot's evaluator is told, and assesses it; nobody else may.
            assertTrue(Mail.body(Mail.await(EVALUATOR, "An application to " + tender.getString("reference"))).contains("conflict of interest"));
            String assessment = "{\"conflict\":false,\"meetsConditions\":true,\"reasons\":\"Every selection answer is in order\"}";
            assertEquals(403, as(HUB).put(e + "agreement/applications/" + applicationId + "/my-assessment", assessment).status());
            assertEquals(404, as(BOLTON_EVALUATOR).put(e + "agreement/applications/" + applicationId + "/my-assessment", assessment)
                    .status(), "an evaluator not assigned to the lot");
            Response incomplete = as(EVALUATOR).put(e + "agreement/applications/" + applicationId + "/my-assessment", "{\"conflict\":false}");
            assertEquals(400, incomplete.status());
            assertTrue(incomplete.body().contains("meetsConditions") && incomplete.body().contains("reasons"), incomplete.body());
            JsonObject assessed = as(EVALUATOR).put(e + "agreement/applications/" + applicationId + "/my-assessment", assessment).json();
            assertTrue(assessed.getJsonArray("assessments").getJsonObject(0).getBoolean("meetsConditions"), assessed.toString());
            assertTrue(as(OAKFIELD).get(e + "agreement/applications").structure().asJsonArray().getJsonObject(0)
                    .getJsonArray("assessments").isEmpty(), "the applicant does not read the evaluators' assessments");
            JsonObject admitted = as(HUB).put(e + "agreement/applications/" + applicationId + "/decision",
                    "{\"conditionsMet\":true,\"noConflictDeclared\":true,\"rationale\":\"Meets every condition of participation\"}")
                    .json();
            assertEquals("ADMITTED", admitted.getString("status"), "membership by the conditions of participation, not a score: " + admitted);
            JsonArray members = as(HUB).get(e + "agreement").json().getJsonArray("members");
            assertEquals(2, members.size());
            assertEquals("Brightwater Fostering Ltd", name(members, 1), "existing members keep their ranks");
            assertEquals("Oakfield Children's Homes Ltd", name(members, 2));
            assertTrue(Mail.body(Mail.await(OAKFIELD, "Your application to " + tender.getString("reference"))).contains("admitted to lot 1"));

            // Greenbank applies in the browser, from the tender's page; its weak application is refused with its marks and reasons.
            String greenbank = "provider@greenbank-school.example";
            browser.signIn(greenbank, Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + id).follow("#apply-link");
            assertTrue(browser.text("#no-applications").contains("not applied"), browser.pageText());
            browser.follow("#lots a");
            browser.click("application:submit");
            assertTrue(browser.text(".error-summary-list").length() > 0, "an empty application is refused: " + browser.pageText());
            browser.type("application:levels:0:fee", "2000.00").type("application:questions:0:answer", "Greenbank's answer")
                    .type("application:questions:1:answer", "We recruit locally.")
                    .type("application:selectionQuestions:0:selection", "No").click("application:submit");
            assertTrue(browser.text(".notification").contains("Your application to join lot 1 is sent"), browser.pageText());
            assertTrue(browser.text("#my-applications").contains("Waiting for the hub's decision"), browser.text("#my-applications"));
            browser.screenshot("provider-applies-to-dynamic-market");
            browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
            browser.signOut();
            long weakId = as(greenbank).get(e + "agreement/applications").structure().asJsonArray().getJsonObject(0)
                    .getJsonNumber("id").longValue();
            // The lot's evaluator assesses it in the pages: it does not meet the conditions.
            browser.signIn(EVALUATOR, Api.DEMO_PASSWORD).open("evaluator/tender.xhtml?tender=" + id);
            assertTrue(browser.text("#applications-heading").contains("Applications to join"), browser.pageText());
            browser.click("assessments:list:1:assess");
            assertTrue(browser.text(".error-summary-list").contains("meets the conditions"), browser.pageText());
            browser.check("assessments:list:1:meets", "false").type("assessments:list:1:reasons", "No evidence of a safeguarding lead")
                    .click("assessments:list:1:assess");
            assertTrue(browser.text(".notification").contains("Your assessment of Greenbank"), browser.pageText());
            assertTrue(browser.pageText().contains("Does not meet the conditions: No evidence of a safeguarding lead"), browser.pageText());
            browser.scrollTo("#applications-heading").screenshot("evaluator-assesses-application");
            browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
            browser.signOut();
            // The hub decides on it in the pages.
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            assertTrue(browser.text("#agreement").contains("Oakfield Children's Homes Ltd"));
            assertTrue(browser.pageText().contains(EVALUATOR + ": Does not meet the conditions: No evidence of a safeguarding lead"),
                    "the hub decides with the evaluators' assessments in view: " + browser.pageText());
            assertTrue(browser.pageText().contains("Weekly fees: Standard needs £900.00 a week"), browser.pageText());
            browser.type("applications:list:1:reason", "Little evidence of practice").click("applications:list:1:decide");
            assertTrue(browser.pageText().contains("Declare that you have no conflict of interest with Greenbank"), browser.pageText());
            browser.tick("applications:list:1:declaration", true)
                    .type("applications:list:1:reason", "Little evidence of practice").click("applications:list:1:decide");
            assertTrue(browser.text(".notification").contains("is decided"), browser.pageText());
            browser.screenshot("hub-dynamic-market-applications");
            // The hub suspends a member in the page, with the reason, and reinstates it; the provider is told each time.
            browser.choose("members:list:1:move", "Suspend").click("members:list:1:change");
            assertTrue(browser.text(".error-summary-list").contains("reason"), "a suspension needs its reason: " + browser.pageText());
            browser.choose("members:list:1:move", "Suspend").type("members:list:1:reason", "Ofsted monitoring visit pending")
                    .click("members:list:1:change");
            assertTrue(browser.text(".notification").contains("Oakfield Children's Homes Ltd on lot 1 is suspended"), browser.pageText());
            assertTrue(browser.text("#agreement").contains("Suspended: Ofsted monitoring visit pending"), browser.text("#agreement"));
            browser.scrollTo("#agreement").screenshot("hub-suspends-member");
            browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
            assertTrue(Mail.body(Mail.await(OAKFIELD, "Your place on " + tender.getString("reference") + " lot 1 is suspended"))
                    .contains("Ofsted monitoring visit pending"));
            browser.choose("members:list:1:move", "Reinstate").type("members:list:1:reason", "The monitoring visit found no concerns")
                    .click("members:list:1:change");
            assertTrue(browser.text("#agreement").contains("Active: The monitoring visit found no concerns"), browser.text("#agreement"));
            JsonObject refused = as(HUB).get(e + "agreement/applications").structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("id").longValue() == weakId).findFirst().orElseThrow();
            assertEquals("REFUSED", refused.getString("status"));
            assertEquals(2, as(HUB).get(e + "agreement").json().getJsonArray("members").size());
            assertEquals(1, as(greenbank).get(e + "agreement/applications").structure().asJsonArray().size(),
                    "a provider sees only its own applications");
            // A live dynamic market has its establishment notice; its cessation notice is still ahead.
            Map<String, String> notices = noticeStates(id);
            assertEquals("PUBLISHED", notices.get("UK13"), notices.toString());
            assertEquals("EXPECTED", notices.get("UK15"), notices.toString());
            assertEquals("", OcdsSchema.problems(Api.anonymous(url).get(e + "notices/UK13/ocds").body()));
            assertEquals(404, Api.anonymous(url).get(e + "notices/UK15/ocds").status(), "not published before the market ceases");
            browser.signOut().signIn(greenbank, Api.DEMO_PASSWORD).open("provider/apply.xhtml?tender=" + id);
            assertTrue(browser.text("#my-applications").contains("Not admitted") && browser.text("#my-applications")
                    .contains("Little evidence of practice"), "the applicant reads the decision and its reasons: " + browser.text("#my-applications"));
            browser.signOut();

            // The hub modifies the market's terms in the page, giving the day it ceases: a UK14 notice for each modification.
            java.time.LocalDate serverToday = java.time.LocalDate.ofInstant(TestClock.serverNow(admin), TestClock.UK);
            assertEquals(400, as(HUB).post(e + "agreement/modifications", "{\"description\":\"short\"}").status());
            assertEquals(404, as(OTHER_HUB).post(e + "agreement/modifications",
                    "{\"description\":\"Another hub tries to modify this market\"}").status());
            assertEquals(403, as(BRIGHTWATER).post(e + "agreement/modifications",
                    "{\"description\":\"A member tries to modify this market\"}").status());
            assertEquals(200, as(HUB).post(e + "agreement/modifications",
                    "{\"description\":\"Conditions of participation now ask for a named safeguarding lead\"}").status());
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            browser.type("modification:description", "The market will close when the new regional framework starts")
                    .setValue("modification:ceasesOn", serverToday.minusDays(1).toString()).click("modification:modify");
            assertTrue(browser.text(".error-summary-list").contains("must be after today"), browser.pageText());
            browser.type("modification:description", "The market will close when the new regional framework starts")
                    .setValue("modification:ceasesOn", serverToday.plusDays(40).toString()).click("modification:modify");
            assertTrue(browser.text(".notification").contains("dynamic market notice (UK14)"), browser.pageText());
            assertTrue(browser.text("#modifications").contains("named safeguarding lead")
                    && browser.text("#modifications").contains(org.commissioning.marketplace.shared.domain.UkTime.date(serverToday.plusDays(40))),
                    browser.text("#modifications"));
            browser.scrollTo("#modifications").screenshot("hub-modifies-dynamic-market");
            browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
            browser.signOut();
            assertTrue(Mail.body(Mail.await(BRIGHTWATER, "The framework agreement " + tender.getString("reference") + " is modified"))
                    .contains("named safeguarding lead"), "members are told");
            List<String> codes = as(HUB).get(e + "notices").structure().asJsonArray().stream()
                    .map(v -> v.asJsonObject().getString("code")).toList();
            assertEquals(2, codes.stream().filter("UK14"::equals).count(), "one notice for each modification: " + codes);
            JsonObject uk14 = Api.anonymous(url).get(e + "notices/UK14/ocds").json();
            assertEquals("", OcdsSchema.problems(uk14.toString()), uk14.toString());
            assertEquals("tenderAmendment", uk14.getJsonArray("tag").getString(0));
            assertEquals(2, uk14.getJsonObject("tender").getJsonArray("amendments").size(), uk14.toString());
            assertEquals("UK14", uk14.getJsonObject("tender").getJsonArray("documents").getJsonObject(0).getString("noticeType"));
            browser.open("procurement-notice.xhtml?tender=" + id + "&notice=UK14");
            assertEquals("Dynamic market notice: modification", browser.heading());
            assertTrue(browser.text("#notice-lines").contains("new regional framework starts"), browser.text("#notice-lines"));

            // The day after its last day the market ceases, by the scheduler, and its cessation notice follows.
            long days = Duration.between(TestClock.serverNow(admin), serverToday.plusDays(41).atStartOfDay(TestClock.UK).toInstant()).toDays() + 1;
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(days).toSeconds() + "}");
            String status = "";
            for (int i = 0; i < 60 && !status.equals("EXPIRED"); i++) {
                Thread.sleep(250);
                status = as(HUB).get(e + "agreement").json().getString("status");
            }
            assertEquals("EXPIRED", status);
            assertEquals("PUBLISHED", noticeStates(id).get("UK15"));
            assertEquals("", OcdsSchema.problems(Api.anonymous(url).get(e + "notices/UK15/ocds").body()));
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    /** The hub's notice schedule of a tender: each notice's code and state. */
    private Map<String, String> noticeStates(long tenderId) {
        Response r = as(HUB).get("api/tenders/" + tenderId + "/evaluation/notices");
        assertEquals(200, r.status(), r.toString());
        Map<String, String> states = new java.util.LinkedHashMap<>();
        r.structure().asJsonArray().forEach(v -> states.put(v.asJsonObject().getString("code"), v.asJsonObject().getString("state")));
        return states;
    }

    private static String name(JsonArray members, int rank) {
        return members.stream().map(JsonValue::asJsonObject).filter(m -> m.getInt("rank") == rank).findFirst().orElseThrow()
                .getString("providerName");
    }

    // ==== From EvaluationApiIT: From opened bids to a live framework agreement through the API: evaluators
    // assigned, conflicts declared, independent scores, moderation with a disagreement flagged, the computed
    // ranking, a proposal approved by a second commissioner (four eyes), the award notice as valid OCDS,
    // assessment summaries, a challenge suspending the award, and standstill ended by the scheduler under a
    // controlled clock.


    static final String SECOND_HUB = "second.commissioner@northwest-hub.example";

    @Test
    void anUpheldChallengeIsDecidedAgainAndTheAgreementLivesItsTermUntilItEnds() throws Exception {
        // The first award is challenged and the challenge upheld; a new decision makes the agreement.
        Agreements.Live first = Agreements.liveFostering(url, true);
        String e = "api/tenders/" + first.tenderId() + "/evaluation/";
        JsonObject agreement = as(HUB).get(e + "agreement").json();
        assertEquals("LIVE", agreement.getString("status"));
        assertEquals(TestClock.march31(4), agreement.getString("endsOn"));
        assertEquals(2, as(AUDITOR).get("api/audit-entries?action=award.proposed&recordId=" + first.tenderId()).json().getInt("total"),
                "both award decisions are kept");

        Response noExtension = as(HUB).post(e + "agreement/extension", "{\"endsOn\":\"" + TestClock.march31(5)
                + "\",\"reason\":\"Market review delayed by a year\"}");
        assertEquals(400, noExtension.status(), noExtension.toString());
        assertTrue(noExtension.body().contains("allowed no extension"), noExtension.body());
        assertEquals(404, as(OTHER_HUB).post(e + "agreement/termination", "{\"reason\":\"Another hub tries to end it\"}").status());
        assertEquals(400, as(HUB).post(e + "agreement/termination", "{}").status(), "a reason is needed");
        JsonObject ended = as(HUB).post(e + "agreement/termination", "{\"reason\":\"The hub re-procures under a new model\"}").json();
        assertEquals("TERMINATED", ended.getString("status"), ended.toString());
        assertEquals(409, as(HUB).post(e + "agreement/termination", "{\"reason\":\"The hub re-procures under a new model\"}").status(),
                "a terminated agreement ends once");
        Response refused = as(BOLTON).post("api/referrals/matches", Agreements.referral(first.agreementId(), "BOL-T-1", "BL3", 30, "", ""));
        assertTrue(refused.status() == 409 || refused.status() == 400, refused.toString());
        assertTrue(refused.body().contains("live agreement"), "no call-off from a terminated agreement: " + refused.body());
        JsonObject contract = Api.anonymous(url).get("api/tenders/" + first.tenderId() + "/evaluation/agreement/ocds").json();
        assertEquals("terminated", contract.getJsonArray("contracts").getJsonObject(0).getString("status"), contract.toString());

        // The Procurement Act notices of the agreement's life: each published at its event, as valid OCDS and in plain words.
        Map<String, String> states = noticeStates(first.tenderId());
        assertEquals(Map.of("UK4", "PUBLISHED", "UK6", "PUBLISHED", "UK7", "PUBLISHED", "UK11", "PUBLISHED"), states);
        for (String code : states.keySet()) {
            String release = Api.anonymous(url).get(e + "notices/" + code + "/ocds").body();
            assertEquals("", OcdsSchema.problems(release), code + ": " + release);
        }
        assertTrue(Api.anonymous(url).get(e + "notices/UK11/ocds").body().contains("contractTermination"));
        assertEquals(404, Api.anonymous(url).get(e + "notices/UK13/ocds").status(), "a framework is no dynamic market");
        assertEquals(404, Api.anonymous(url).get(e + "notices/UK99").status());
        assertEquals(404, as(OTHER_HUB).get(e + "notices").status(), "another hub reads its own schedules");
        browser.open("procurement-notice.xhtml?tender=" + first.tenderId() + "&notice=UK11");
        assertEquals("Contract termination notice", browser.heading(), "readable without signing in");
        assertTrue(browser.text("#notice-lines").contains("terminated"), browser.text("#notice-lines"));
        browser.screenshot("contract-termination-notice");
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/tender.xhtml?id=" + first.tenderId());
        assertTrue(browser.text("#notices").contains("UK11 Contract termination notice"), browser.text("#notices"));
        browser.scrollTo("#notices-heading").screenshot("hub-tender-notices");
        browser.signOut();

        // Another agreement runs to the end of its term: the day after, the scheduler marks it expired, once.
        Agreements.Live second = Agreements.liveFostering(url);
        String e2 = "api/tenders/" + second.tenderId() + "/evaluation/";
        Api admin = as(ADMIN);
        try {
            java.time.LocalDate end = java.time.LocalDate.parse(TestClock.march31(4));
            long days = java.time.Duration.between(TestClock.serverNow(admin), end.plusDays(1).atStartOfDay(TestClock.UK).toInstant())
                    .toDays() + 1;
            admin.put("api/test-support/clock", "{\"seconds\":" + java.time.Duration.ofDays(days).toSeconds() + "}");
            String status = "";
            for (int i = 0; i < 60 && !status.equals("EXPIRED"); i++) {
                Thread.sleep(250);
                status = as(HUB).get(e2 + "agreement").json().getString("status");
            }
            assertEquals("EXPIRED", status);
            String serverToday = java.time.LocalDate.ofInstant(TestClock.serverNow(admin), TestClock.UK).toString();
            Response late = as(BOLTON).post("api/referrals/matches", Agreements.referral(second.agreementId(), "BOL-T-2", "BL3", 30, "", "")
                    .replace("\"requiredStart\":\"" + TestClock.today() + "\"", "\"requiredStart\":\"" + serverToday + "\""));
            assertTrue(late.body().contains("live agreement"), "nothing is called off after the term: " + late.body());
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals(1, as(AUDITOR).get("api/audit-entries?action=agreement.expired&recordId=" + second.tenderId()).json().getInt("total"));
    }

    @Test
    void fromOpenedBidsToALiveAgreement() throws Exception {
        JsonObject tender = Tenders.publishedOneLot(as(HUB));
        long id = tender.getJsonNumber("id").longValue();
        long quality = Tenders.criterionId(tender, 0);
        long social = Tenders.criterionId(tender, 2);
        String e = "api/tenders/" + id + "/evaluation/";
        long brightwaterBid = submit(id, BRIGHTWATER, Tenders.bid(tender, "950.00", "Brightwater safeguarding answer"));
        long oakfieldBid = submit(id, OAKFIELD, Tenders.bid(tender, "1000.00", "Oakfield safeguarding answer"));
        String secondEvaluator = newEvaluator();
        assertEquals(409, as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR + "\"}").status(),
                "no evaluation before the bid deadline");

        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");
            assertTrue(as(HUB).post("api/tenders/" + id + "/bids/opening", "").json().getBoolean("opened"));

            assertEquals(200, as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR + "\"}").status());
            as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + secondEvaluator + "\"}");
            assertEquals(400, as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + BOLTON + "\"}").status(),
                    "evaluators work for the hub");
            assertEquals(400, as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + SECOND_HUB + "\"}").status(),
                    "and hold the evaluator role");
            assertEquals("IN_EVALUATION", as(HUB).get("api/tenders/" + id).json().getString("status"));

            // Conflicts first: nothing to score until each bidder is declared about.
            JsonObject work = as(EVALUATOR).get(e + "my-work").json();
            assertEquals(2, work.getJsonArray("toDeclare").size());
            assertEquals(409, score(EVALUATOR, id, brightwaterBid, quality, "8", "Clear and specific safeguarding plan").status());
            as(EVALUATOR).post(e + "my-declarations", "{\"providerId\":" + provider(work, "Brightwater") + ",\"conflict\":false}");
            assertEquals(400, as(EVALUATOR).post(e + "my-declarations", "{\"providerId\":" + provider(work, "Oakfield")
                    + ",\"conflict\":true}").status(), "a conflict needs its details");
            work = as(EVALUATOR).post(e + "my-declarations", "{\"providerId\":" + provider(work, "Oakfield")
                    + ",\"conflict\":true,\"details\":\"I worked for Oakfield until 2025.\"}").json();
            assertEquals(2, work.getJsonArray("answers").size(), "only Brightwater's two scored questions");
            assertFalse(work.toString().contains("Oakfield safeguarding answer"), "a conflicted bidder is never shown");
            assertFalse(work.toString().contains("weeklyFees") || work.toString().contains("950.00"), "evaluators of quality do not see prices");
            assertEquals(409, score(EVALUATOR, id, oakfieldBid, quality, "5", "I should not be scoring this one").status());
            assertEquals(400, score(EVALUATOR, id, brightwaterBid, quality, "11", "More than the maximum marks").status());
            assertEquals(400, score(EVALUATOR, id, brightwaterBid, quality, "8", "Too short").status());
            assertEquals(200, score(EVALUATOR, id, brightwaterBid, quality, "8", "Clear and specific safeguarding plan").status());
            assertEquals(200, score(EVALUATOR, id, brightwaterBid, social, "6", "Some local recruitment evidence").status());

            // The second evaluator sees the first one's score only after scoring the answer too.
            JsonObject second = Api.anonymous(url).as(secondEvaluator, PASSWORD).get(e + "my-work").json();
            for (JsonValue p : second.getJsonArray("toDeclare")) {
                Api.anonymous(url).as(secondEvaluator, PASSWORD).post(e + "my-declarations", "{\"providerId\":"
                        + p.asJsonObject().getJsonNumber("providerId") + ",\"conflict\":false}");
            }
            second = Api.anonymous(url).as(secondEvaluator, PASSWORD).get(e + "my-work").json();
            assertEquals(0, answer(second, brightwaterBid, quality).getJsonArray("otherScores").size(), "independent scoring");
            second = Api.anonymous(url).as(secondEvaluator, PASSWORD).put(e + "my-scores", scoreJson(brightwaterBid, quality, "4",
                    "Generic policy, little evidence of practice")).json();
            assertEquals(1, answer(second, brightwaterBid, quality).getJsonArray("otherScores").size());
            for (String[] s : List.of(new String[]{String.valueOf(brightwaterBid), String.valueOf(social), "6"},
                    new String[]{String.valueOf(oakfieldBid), String.valueOf(quality), "7"},
                    new String[]{String.valueOf(oakfieldBid), String.valueOf(social), "5"})) {
                Api.anonymous(url).as(secondEvaluator, PASSWORD).put(e + "my-scores",
                        scoreJson(Long.parseLong(s[0]), Long.parseLong(s[1]), s[2], "Scored against the published guidance"));
            }

            // Moderation: the wide disagreement (8 and 4 out of 10) is flagged; nothing ranks until every answer is agreed.
            JsonArray moderation = as(HUB).get(e + "lots/1/moderation").structure().asJsonArray();
            assertTrue(line(moderation, brightwaterBid, quality).getBoolean("wideDisagreement"));
            assertFalse(line(moderation, oakfieldBid, quality).getBoolean("wideDisagreement"));
            assertFalse(as(HUB).get(e + "lots/1/ranking").json().getJsonArray("missing").isEmpty());
            Response early = as(HUB).post(e + "award", "{\"appoint\":{\"1\":1}}");
            assertEquals(400, early.status());
            assertTrue(early.body().contains("not fully moderated"), early.body());
            moderate(id, brightwaterBid, quality, "6");
            moderate(id, brightwaterBid, social, "6");
            moderate(id, oakfieldBid, quality, "7");
            moderate(id, oakfieldBid, social, "5");

            // Brightwater: 6/10 x 50 + 6/10 x 10 = 36, price 40 (lowest) = 76. Oakfield: 35 + 5 = 40, price 950/1000 x 40 = 38 = 78.
            JsonObject ranking = as(HUB).get(e + "lots/1/ranking").json();
            JsonArray ranked = ranking.getJsonArray("ranked");
            assertEquals("Oakfield Children's Homes Ltd", ranked.getJsonObject(0).getString("providerName"));
            assertEquals(new BigDecimal("78.00"), ranked.getJsonObject(0).getJsonNumber("total").bigDecimalValue().setScale(2));
            assertEquals(new BigDecimal("38.00"), ranked.getJsonObject(0).getJsonNumber("priceScore").bigDecimalValue().setScale(2));
            assertEquals(new BigDecimal("76.00"), ranked.getJsonObject(1).getJsonNumber("total").bigDecimalValue().setScale(2));
            assertEquals(1, ranking.getJsonArray("conflicts").size(), "declared conflicts are reported");

            var report = as(HUB).bytes(e + "lots/1/report");
            assertEquals(200, report.statusCode());
            assertEquals("%PDF", new String(report.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "the evaluation report");
            assertEquals(403, as(EVALUATOR).bytes(e + "lots/1/report").statusCode());

            // Four eyes.
            JsonObject proposed = as(HUB).post(e + "award", "{\"appoint\":{\"1\":1}}").json();
            assertEquals("PROPOSED", proposed.getString("status"));
            assertEquals(409, as(HUB).post(e + "award/approval", "").status(), "the proposer cannot approve");
            JsonObject approved = as(SECOND_HUB).post(e + "award/approval", "").json();
            assertEquals("STANDSTILL", approved.getString("status"));
            Instant published = Instant.parse(approved.getString("noticePublishedAt"));
            WorkingDays calendar = new WorkingDays(List.of(LocalDate.parse("2023-05-08")), List.of());
            assertEquals(calendar.standstillEnd(published, 8), Instant.parse(approved.getString("standstillEndsAt")),
                    "standstill: 8 working days beginning with the day of the notice");
            assertEquals("", OcdsSchema.problems(Api.anonymous(url).get(e + "award/ocds").body()), "the award notice is valid OCDS");

            // Assessment summaries: own marks and reasons, the winner's marks, never the winner's answers.
            JsonObject summary = as(BRIGHTWATER).get(e + "my-assessment").json();
            assertEquals(2, summary.getJsonArray("ownMarks").size());
            assertTrue(summary.toString().contains("Oakfield Children's Homes Ltd"));
            assertFalse(summary.toString().contains("Oakfield safeguarding answer"));
            assertTrue(Mail.body(Mail.await(BRIGHTWATER, "Assessment summary for " + tender.getString("reference"))).contains("(appointed)"));
            assertEquals(404, as(OAKFIELD).get("api/tenders/" + id + "/evaluation/agreement").status(), "no agreement during standstill");

            // A challenge suspends the award; dismissed, standstill runs on.
            assertEquals("SUSPENDED", as(HUB).post(e + "award/challenge", "{\"details\":\"Brightwater asks for a review of the price marks\"}")
                    .json().getString("status"));
            assertEquals("STANDSTILL", as(HUB).post(e + "award/challenge-outcome", "{\"upheld\":false}").json().getString("status"));

            // Standstill ends: the scheduler makes the award final and the agreement live.
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(20).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "AWARDED");
            JsonObject agreement = as(HUB).get(e + "agreement").json();
            assertEquals("LIVE", agreement.getString("status"));
            JsonArray members = agreement.getJsonArray("members");
            assertEquals(1, members.size());
            assertEquals("Oakfield Children's Homes Ltd", members.getJsonObject(0).getString("providerName"));
            assertEquals(new BigDecimal("1000.00"), members.getJsonObject(0).getJsonObject("weeklyFees")
                    .getJsonNumber("STANDARD").bigDecimalValue().setScale(2));
            assertEquals(200, as(OAKFIELD).get(e + "agreement").status(), "an appointed provider sees its place");
            Response late = as(BRIGHTWATER).post(e + "agreement/applications", "{\"lot\":1,\"content\":"
                    + Tenders.bid(tender, "900.00", "Applying after the award") + "}");
            assertEquals(409, late.status());
            assertTrue(late.body().contains("closed framework"), late.body());
            browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/tenders.xhtml?id=" + id);
            assertFalse(browser.has("#apply-link"), "a closed framework offers no way in");
            browser.open("provider/apply.xhtml?tender=" + id);
            assertTrue(browser.text("#closed").contains("closed framework") && !browser.has("#application"), browser.pageText());
            browser.signOut();
            assertEquals(404, as(BRIGHTWATER).get(e + "agreement").status(), "an unsuccessful bidder is not on it");
            assertEquals(1, as(BOLTON).get(e + "agreement").json().getJsonArray("members").size(), "member councils see it");
            assertEquals("", OcdsSchema.problems(Api.anonymous(url).get(e + "agreement/ocds").body()),
                    "the contract details notice is valid OCDS");
            // The framework's whole contracting process: tender notice, award and contract, compiled into one record.
            var record = Api.anonymous(url).get("api/ocds/frameworks/" + id + "/record").json().getJsonArray("records").getJsonObject(0);
            var compiled = record.getJsonObject("compiledRelease");
            assertEquals("", OcdsSchema.problems(compiled.toString()), "the compiled release is valid OCDS");
            assertTrue(record.getJsonArray("releases").size() >= 3, record.toString());
            assertTrue(compiled.containsKey("tender") && compiled.containsKey("awards") && compiled.containsKey("contracts"), compiled.toString());
            assertEquals(tender.getString("reference"), compiled.getString("ocid").replace("ocds-rcm001-", ""));
            var bulk = Api.anonymous(url).get("api/ocds/frameworks?size=200").json().getJsonArray("releases");
            assertTrue(bulk.stream().filter(r -> r.asJsonObject().getString("ocid").equals(compiled.getString("ocid"))).count() >= 3);
            bulk.forEach(r -> assertEquals("", OcdsSchema.problems(r.toString()), "every published release is valid OCDS"));
            assertEquals(404, Api.anonymous(url).get("api/ocds/frameworks/999999/record").status());
            long oakfield = members.getJsonObject(0).getJsonNumber("providerId").longValue();
            assertEquals(400, as(HUB).put(e + "agreement/members", "{\"lot\":1,\"providerId\":" + oakfield
                    + ",\"status\":\"SUSPENDED\"}").status(), "a suspension needs its reason");
            assertEquals("SUSPENDED", as(HUB).put(e + "agreement/members", "{\"lot\":1,\"providerId\":" + oakfield
                    + ",\"status\":\"SUSPENDED\",\"reason\":\"Ofsted judgement dropped to inadequate\"}").json()
                    .getJsonArray("members").getJsonObject(0).getString("status"));
            assertTrue(Mail.body(Mail.await(OAKFIELD, "Your place on " + tender.getString("reference"))).contains("Ofsted judgement dropped"));
            as(HUB).put(e + "agreement/members", "{\"lot\":1,\"providerId\":" + oakfield
                    + ",\"status\":\"REMOVED\",\"reason\":\"Registration cancelled by Ofsted\"}");
            assertTrue(as(HUB).put(e + "agreement/members", "{\"lot\":1,\"providerId\":" + oakfield
                    + ",\"status\":\"ACTIVE\",\"reason\":\"Trying to reinstate after removal\"}").status() >= 400, "removal is final");
            String audit = as(AUDITOR).get("api/audit-entries?size=200").body();
            assertTrue(audit.contains("award.approved") && audit.contains("agreement.live") && audit.contains("evaluation.moderated"));
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    /**
     * Issue 17: a young evaluator from the hub's participation panel scores only the question the
     * hub gives them, sees bids lettered with the bidders' names taken out and no prices, declares
     * whom they know from a list that does not say who bid, and is refused everything else.
     */
    @Test
    void aYoungEvaluatorScoresOnlyTheirQuestionWithoutBiddersNamesOrPrices() throws Exception {
        JsonObject tender = Tenders.publishedOneLot(as(HUB));
        long id = tender.getJsonNumber("id").longValue();
        long safeguarding = Tenders.criterionId(tender, 0);
        long fees = Tenders.criterionId(tender, 1);
        long localJobs = Tenders.criterionId(tender, 2);
        String e = "api/tenders/" + id + "/evaluation/";
        long brightwaterBid = submit(id, BRIGHTWATER, Tenders.bid(tender, "951.37",
                "At Brightwater Fostering Ltd every child has a say; BRIGHTWATER FOSTERING carers listen"));
        long oakfieldBid = submit(id, OAKFIELD, Tenders.bid(tender, "1003.37", "Oakfield Children's Homes Ltd listens"));
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");
            assertTrue(as(HUB).post("api/tenders/" + id + "/bids/opening", "").json().getBoolean("opened"));

            // Who may be given one question, and which question: each refusal names its field and changes nothing.
            Response noQuestion = as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + YOUNG_EVALUATOR + "\"}");
            assertEquals(400, noQuestion.status(), noQuestion.toString());
            assertTrue(noQuestion.body().contains("evaluator"), noQuestion.body());
            Response adultOnPanel = as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR
                    + "\",\"criterionId\":" + safeguarding + "}");
            assertEquals(400, adultOnPanel.status(), adultOnPanel.toString());
            Response price = as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + YOUNG_EVALUATOR
                    + "\",\"criterionId\":" + fees + "}");
            assertEquals(400, price.status(), price.toString());
            assertTrue(price.body().contains("criterion"), price.body());
            assertEquals(404, as(YOUNG_EVALUATOR).get(e + "my-work").status(), "not assigned yet");

            // In the page the hub gives the young evaluator the safeguarding question.
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            browser.choose("assign:criterion", "Only Lot 1: Safeguarding (a young evaluator)")
                    .type("assign:evaluator", YOUNG_EVALUATOR).click("assign:submit");
            assertTrue(browser.text(".notification").contains("The young evaluator is assigned"), browser.pageText());
            assertTrue(browser.text("#evaluators").contains("lot 1, question Safeguarding (young evaluator): " + YOUNG_EVALUATOR),
                    browser.text("#evaluators"));
            browser.screenshot("hub-assigns-young-evaluator");
            browser.signOut();
            Response twice = as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + YOUNG_EVALUATOR
                    + "\",\"criterionId\":" + localJobs + "}");
            assertEquals(400, twice.status(), "one question a lot: " + twice);
            assertEquals(200, as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR + "\"}").status());

            // The young evaluator's list mixes the bidders with the hub's other providers.
            JsonObject work = as(YOUNG_EVALUATOR).get(e + "my-work").json();
            assertTrue(work.getBoolean("youngEvaluator"));
            List<String> listed = work.getJsonArray("toDeclare").stream().map(v -> v.asJsonObject().getString("name")).toList();
            assertTrue(listed.contains("Brightwater Fostering Ltd") && listed.contains("Oakfield Children's Homes Ltd"), listed.toString());
            assertEquals(listed.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), listed, "in name order, not bid order");
            assertEquals(0, work.getJsonArray("answers").size(), "nothing to score before declaring");

            // In the page: they know Oakfield, not the others.
            browser.signIn(YOUNG_EVALUATOR, Api.DEMO_PASSWORD);
            assertTrue(browser.text("#assigned").contains(tender.getString("reference")), browser.text("#assigned"));
            assertTrue(browser.text("#assigned").contains("lot 1: Safeguarding"), browser.text("#assigned"));
            browser.open("evaluator/tender.xhtml?tender=" + id);
            assertTrue(browser.text("#panel-intro").contains("Bid A"), browser.pageText());
            browser.screenshot("young-evaluator-declares");
            browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
            browser.tick("declare:bidders:0:conflict", true).click("declare:bidders:0:submit");
            assertTrue(browser.text(".error-summary-list").contains("Tell us in a few words how you know"), "a tick needs how they know it");
            while (browser.has("#to-declare")) {
                String name = browser.column("#to-declare", 0).get(0);
                browser.tick("declare:bidders:0:conflict", name.startsWith("Oakfield"));
                if (name.startsWith("Oakfield")) {
                    browser.type("declare:bidders:0:details", "I lived in one of their homes");
                }
                browser.click("declare:bidders:0:submit");
                assertTrue(browser.text(".notification").contains("Thank you: you told us you " + (name.startsWith("Oakfield")
                        ? "know " : "do not know ") + name), browser.pageText());
            }
            // Only the thanks for the last answer names a provider: the page of answers names none.
            String page = browser.pageText().replace(browser.text(".notification"), "");
            assertTrue(page.contains("Lot 1, Bid A: Safeguarding (out of 10)"), page);
            assertTrue(page.contains("At the provider every child has a say; the provider carers listen"), page);
            for (String hidden : List.of("Brightwater", "BRIGHTWATER", "Oakfield", "951", "1003", "£", "Local jobs", "We recruit carers")) {
                assertFalse(page.contains(hidden), hidden + " shown to the young evaluator: " + page);
            }
            browser.type("scoring:answers:0:score", "9").type("scoring:answers:0:justification", "Children get a say").click("scoring:answers:0:save");
            assertTrue(browser.text(".notification").contains("Your score for Bid A, Safeguarding is saved"), browser.pageText());
            browser.screenshot("young-evaluator-scores");
            browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
            browser.open("hub/evaluation.xhtml?tender=" + id);
            assertFalse(browser.pageText().contains("Moderation"), "hub pages are refused: " + browser.pageText());
            browser.signOut();

            // Through the API: one question only, never the bid they know, nothing else of the tender.
            JsonObject mine = as(YOUNG_EVALUATOR).get(e + "my-work").json();
            assertEquals(1, mine.getJsonArray("answers").size(), mine.toString());
            assertEquals("Bid A", answer(mine, brightwaterBid, safeguarding).getString("providerName"));
            assertFalse(mine.toString().contains("Brightwater") || mine.toString().contains("951"), mine.toString());
            assertEquals(409, score(YOUNG_EVALUATOR, id, brightwaterBid, localJobs, "5", "Not my question").status());
            assertEquals(409, score(YOUNG_EVALUATOR, id, oakfieldBid, safeguarding, "5", "I know them").status());
            assertEquals(404, as(YOUNG_EVALUATOR).post(e + "my-declarations", "{\"providerId\":999999999,\"conflict\":false}").status());
            for (String path : List.of("api/tenders/" + id, "api/tenders/" + id + "/clarifications", "api/tenders/" + id + "/bids",
                    "api/tenders/" + id + "/bids/counts", e + "lots/1/moderation", e + "lots/1/ranking", e + "award")) {
                int status = as(YOUNG_EVALUATOR).get(path).status();
                assertTrue(status == 403 || status == 404, path + " answered " + status + " to a young evaluator");
            }
            assertEquals(403, as(YOUNG_EVALUATOR).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + YOUNG_EVALUATOR + "\"}").status());
            assertEquals(403, as(OTHER_HUB).get("api/tenders/" + id + "/evaluation/my-work").status(), "a commissioner is no evaluator");

            // The adult evaluator scores every question and sees the young evaluator's score only after their own.
            JsonObject adult = as(EVALUATOR).get(e + "my-work").json();
            as(EVALUATOR).post(e + "my-declarations", "{\"providerId\":" + provider(adult, "Brightwater") + ",\"conflict\":false}");
            assertTrue(answer(as(EVALUATOR).get(e + "my-work").json(), brightwaterBid, safeguarding).getJsonArray("otherScores").isEmpty());
            assertEquals(200, score(EVALUATOR, id, brightwaterBid, safeguarding, "7", "Clear safeguarding plan").status());
            JsonObject others = answer(as(EVALUATOR).get(e + "my-work").json(), brightwaterBid, safeguarding);
            assertTrue(others.getString("answer").startsWith("At Brightwater Fostering Ltd"), "adults read the answer as written");
            assertEquals(YOUNG_EVALUATOR, others.getJsonArray("otherScores").getJsonObject(0).getString("evaluator"));
            assertTrue(others.getJsonArray("otherScores").getJsonObject(0).getBoolean("youngEvaluator"));

            // The young evaluator sees no adult's score: only other young evaluators'.
            JsonObject after = answer(as(YOUNG_EVALUATOR).get(e + "my-work").json(), brightwaterBid, safeguarding);
            assertTrue(after.getJsonArray("otherScores").isEmpty(), after.toString());

            // The hub moderates with both scores, the young evaluator's marked as theirs.
            JsonObject line = line(as(HUB).get(e + "lots/1/moderation").structure().asJsonArray(), brightwaterBid, safeguarding);
            assertEquals(2, line.getJsonArray("scores").size(), line.toString());
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            assertTrue(browser.text("#moderation-lot-1").contains("9.00 - " + YOUNG_EVALUATOR + " (young evaluator): Children get a say"),
                    browser.text("#moderation-lot-1"));
            browser.signOut();
            String audit = as(AUDITOR).get("api/audit-entries?action=evaluation.scored&size=100").body();
            assertTrue(audit.contains("scored 9 by " + YOUNG_EVALUATOR + " (young evaluator)"), "the score is audited as a young evaluator's");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    @Test
    void aMemberCouncilsEvaluatorScoresForTheHubWhileAnotherHubsCouncilCannot() throws Exception {
        JsonObject tender = Tenders.publishedOneLot(as(HUB));
        long id = tender.getJsonNumber("id").longValue();
        long safeguarding = Tenders.criterionId(tender, 0);
        String e = "api/tenders/" + id + "/evaluation/";
        long bid = submit(id, BRIGHTWATER, Tenders.bid(tender, "947.00", "Brightwater keeps every child safe"));
        // Leeds belongs to the White Rose hub, not to the North West: its evaluator cannot be lent to the North West.
        long leeds = as(PLATFORM_ADMIN).get("api/organisations?kind=COUNCIL&name=Leeds").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String leedsEvaluator = newEvaluator(OTHER_ADMIN, leeds, "leeds.example");
        Api admin = as(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");
            assertTrue(as(HUB).post("api/tenders/" + id + "/bids/opening", "").json().getBoolean("opened"));
            assertEquals(404, as(BOLTON_EVALUATOR).get(e + "my-work").status(), "a council's evaluator reads nothing unassigned");
            for (String refused : List.of(leedsEvaluator, BOLTON)) {
                Response r = as(HUB).post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + refused + "\"}");
                assertEquals(400, r.status(), refused + ": " + r);
                assertTrue(r.body().contains("member councils"), r.body());
            }
            Api leedsApi = Api.anonymous(url).as(leedsEvaluator, PASSWORD);
            assertEquals(404, leedsApi.get(e + "my-work").status(), "another hub's council reads nothing");

            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + id);
            browser.type("assign:evaluator", BOLTON_EVALUATOR).click("assign:submit");
            assertTrue(browser.text("#evaluators").contains("lot 1: " + BOLTON_EVALUATOR), browser.text("#evaluators"));
            browser.signOut();

            // Bolton's evaluator works from their own home page, like the hub's.
            browser.signIn(BOLTON_EVALUATOR, Api.DEMO_PASSWORD);
            assertTrue(browser.text("#assigned").contains(tender.getString("reference")), browser.pageText());
            browser.open("evaluator/tender.xhtml?tender=" + id);
            browser.click("declare:bidders:0:submit");
            assertTrue(browser.text(".notification").contains("You declared no conflict"), browser.pageText());
            browser.type("scoring:answers:0:score", "7").type("scoring:answers:0:justification", "Clear and evidenced")
                    .click("scoring:answers:0:save");
            assertTrue(browser.text(".notification").contains("is saved"), browser.pageText());
            assertFalse(browser.pageText().contains("947"), "no prices for any evaluator");
            browser.screenshot("council-evaluator-scores");
            browser.signOut();

            String moderation = as(HUB).get(e + "lots/1/moderation").body();
            assertTrue(moderation.contains(BOLTON_EVALUATOR) && moderation.contains("Clear and evidenced"), moderation);
            assertEquals(403, as(BOLTON_EVALUATOR).get(e + "lots/1/moderation").status(), "moderation stays the hub's");
            int bids = as(BOLTON_EVALUATOR).get("api/tenders/" + id + "/bids").status();
            assertTrue(bids == 403 || bids == 404, "nor the opened bids: " + bids);
            assertTrue(score(BOLTON_EVALUATOR, id, bid, safeguarding, "8", "Changed my mind").status() == 200,
                    "the evaluator may revise their own score");
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    /**
     * An open framework reopens on its schedule: not before its reopening date; on it the hub starts
     * the competition in the page (a draft on the same terms, the members told), once; Kestrel and
     * Oakfield bid while Brightwater, first until now, does not; when the award is final the new
     * ranking replaces the framework's membership. Under the shifted clock, reset afterwards.
     */
    @Test
    void anOpenFrameworkReopensOnItsScheduleAndItsCompetitionReranksTheMembers() throws Exception {
        LocalDate reopens = LocalDate.parse(TestClock.april(1));
        Agreements.Live framework = Agreements.live(url, Tenders.publishedOpenFramework(as(HUB), reopens), false);
        String e = "api/tenders/" + framework.tenderId() + "/evaluation/";
        Api admin = as(ADMIN);
        try {
            Response early = as(HUB).post(e + "agreement/reopening", reopeningPlan(TestClock.serverNow(admin)));
            assertEquals(409, early.status(), early.toString());
            assertTrue(early.body().contains("reopens on its schedule"), early.body());
            Response apply = as(OAKFIELD).post(e + "agreement/applications", "{\"lot\":1,\"content\":"
                    + Tenders.bid(as(HUB).get("api/tenders/" + framework.tenderId()).json(), "900.00", "Oakfield applies") + "}");
            assertEquals(409, apply.status());
            assertTrue(apply.body().contains("competition that reopens it"), apply.body());

            // A day into its reopening window, the hub starts the competition in the page.
            Instant serverNow = TestClock.serverNow(admin);
            Instant dayIn = reopens.plusDays(1).atTime(12, 0).atZone(TestClock.UK).toInstant();
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.between(serverNow, dayIn).toSeconds() + "}");
            LocalDate today = LocalDate.ofInstant(TestClock.serverNow(admin), TestClock.UK);
            browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/evaluation.xhtml?tender=" + framework.tenderId());
            browser.setValue("reopening:clarificationDeadline", today.plusDays(5).toString())
                    .setValue("reopening:bidDeadline", today.plusDays(10).toString())
                    .setValue("reopening:plannedAward", today.plusDays(40).toString());
            browser.screenshot("hub-reopens-open-framework");
            browser.click("reopening:reopen");
            assertTrue(browser.text(".notification").contains("is drafted on the framework's terms"), browser.pageText());
            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            browser.signOut();
            JsonObject draft = as(HUB).get("api/tenders/" + id).json();
            assertEquals("DRAFT", draft.getString("status"));
            assertEquals(framework.tenderId(), draft.getJsonNumber("reopensTenderId").longValue());
            assertEquals(reopens.toString(), draft.getString("reopeningDate"));
            assertEquals("OPEN_FRAMEWORK", draft.getString("procedure"));
            assertEquals(3, draft.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria").size(), "the same criteria and weights");
            assertEquals(1, draft.getJsonArray("selectionQuestions").size());
            assertEquals(409, as(HUB).post(e + "agreement/reopening", reopeningPlan(TestClock.serverNow(admin))).status(),
                    "one competition for each reopening date");
            assertTrue(Mail.body(Mail.await(BRIGHTWATER, framework.reference() + " reopens")).contains("your new bid"));

            // Published; Kestrel and Oakfield bid; Brightwater does not.
            as(HUB).put("api/tenders/" + id + "/team/my-declaration", "{\"interest\":false}");
            JsonObject reopening = as(HUB).post("api/tenders/" + id + "/publication", "").json();
            assertEquals("PUBLISHED", reopening.getString("status"), reopening.toString());
            assertTrue(Mail.body(Mail.await(KESTREL, reopening.getString("reference") + " is open for bids"))
                    .contains("Bid by " + reopening.getString("bidDeadlineUk")), "the members are told when it opens");
            long kestrel = submit(id, KESTREL, Tenders.bid(reopening, "920.00", "Kestrel's much improved answer"));
            long oakfield = submit(id, OAKFIELD, Tenders.bid(reopening, "940.00", "Oakfield's answer"));
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "BIDS_CLOSED");
            as(HUB).post("api/tenders/" + id + "/bids/opening", "");
            String r = "api/tenders/" + id + "/evaluation/";
            as(HUB).post(r + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR + "\"}");
            for (JsonValue p : as(EVALUATOR).get(r + "my-work").json().getJsonArray("toDeclare")) {
                as(EVALUATOR).post(r + "my-declarations", "{\"providerId\":" + p.asJsonObject().getJsonNumber("providerId") + ",\"conflict\":false}");
            }
            long quality = Tenders.criterionId(reopening, 0);
            long social = Tenders.criterionId(reopening, 2);
            long[][] marks = {{kestrel, quality, 9}, {kestrel, social, 8}, {oakfield, quality, 6}, {oakfield, social, 5}};
            for (long[] m : marks) {
                assertEquals(200, score(EVALUATOR, id, m[0], m[1], String.valueOf(m[2]), "Scored against the published guidance").status());
                moderate(id, m[0], m[1], String.valueOf(m[2]));
            }
            assertEquals(200, as(HUB).post(r + "award", "{\"appoint\":{\"1\":2}}").status());
            as(SECOND_HUB).post(r + "award/approval", "");
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(20).toSeconds() + "}");
            Tenders.awaitStatus(as(HUB), id, "AWARDED");

            // The competition's ranking replaces the framework's membership.
            JsonArray members = as(HUB).get(r + "agreement").json().getJsonArray("members");
            assertEquals("Kestrel Fostering Ltd", name(members, 1), members.toString());
            assertEquals("Oakfield Children's Homes Ltd", name(members, 2));
            assertEquals(2, members.size(), "Brightwater, which did not bid, is not on the new membership");
            JsonObject old = as(HUB).get(e + "agreement").json();
            assertEquals("REPLACED", old.getString("status"), old.toString());
            assertEquals(1, as(AUDITOR).get("api/audit-entries?action=agreement.replaced&recordId=" + framework.tenderId()).json()
                    .getInt("total"), "replaced once");
            Response replaced = as(BOLTON).post("api/referrals/matches", Agreements.referral(framework.agreementId(), "BOL-R-1", "BL3", 30, "", "")
                    .replace("\"requiredStart\":\"" + TestClock.today() + "\"", "\"requiredStart\":\"" + LocalDate.ofInstant(
                            TestClock.serverNow(admin), TestClock.UK) + "\""));
            assertTrue(replaced.status() == 409 || replaced.status() == 400, replaced.toString());
        } finally {
            admin.delete("api/test-support/clock");
        }
    }

    /** The deadlines of a reopening competition, from the server's time: questions in 5 days, bids in 10, award in 40. */
    private static String reopeningPlan(Instant serverNow) {
        return "{\"clarificationDeadline\":\"" + serverNow.plus(Duration.ofDays(5)) + "\",\"bidDeadline\":\""
                + serverNow.plus(Duration.ofDays(10)) + "\",\"plannedAward\":\""
                + LocalDate.ofInstant(serverNow, TestClock.UK).plusDays(40) + "\"}";
    }

    static final String PASSWORD = "Evaluator-Password-2026";

    private String newEvaluator() throws Exception {
        long hub = Api.anonymous(url).get("api/hubs").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("name").equals("North West Placements Hub")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return newEvaluator(ADMIN, hub, "northwest-hub.example");
    }

    /** A new evaluator account of the organisation, made by its administrator, with {@link #PASSWORD}. */
    private String newEvaluator(String administrator, long organisation, String domain) throws Exception {
        String email = "evaluator-" + UUID.randomUUID() + "@" + domain;
        Response created = as(administrator).post("api/organisations/" + organisation + "/accounts", "{\"username\":\"" + email
                + "\",\"displayName\":\"Second Evaluator\",\"roles\":[\"EVALUATOR\"]}");
        assertEquals(201, created.status(), created.toString());
        String token = org.commissioning.marketplace.testing.Mail.linkToken(email, "You are invited");
        Response set = Api.anonymous(url).post("api/passwords", "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, set.status(), set.toString());
        return email;
    }

    private long submit(long tender, String user, String bid) {
        Response r = as(user).post("api/tenders/" + tender + "/bids/mine/submission", bid);
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("bidId").longValue();
    }


    private Response score(String user, long tender, long bid, long criterion, String score, String why) {
        return as(user).put("api/tenders/" + tender + "/evaluation/my-scores", scoreJson(bid, criterion, score, why));
    }

    private static String scoreJson(long bid, long criterion, String score, String why) {
        return "{\"bidId\":" + bid + ",\"lot\":1,\"criterionId\":" + criterion + ",\"score\":" + score
                + ",\"justification\":\"" + why + "\"}";
    }

    private void moderate(long tender, long bid, long criterion, String score) {
        Response r = as(HUB).put("api/tenders/" + tender + "/evaluation/lots/1/moderation",
                scoreJson(bid, criterion, score, "Agreed at the moderation meeting"));
        assertEquals(200, r.status(), r.toString());
    }

    private static long provider(JsonObject work, String namePrefix) {
        return work.getJsonArray("toDeclare").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").startsWith(namePrefix)).findFirst().orElseThrow()
                .getJsonNumber("providerId").longValue();
    }

    private static JsonObject answer(JsonObject work, long bid, long criterion) {
        return work.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("bidId").longValue() == bid && a.getJsonNumber("criterionId").longValue() == criterion)
                .findFirst().orElseThrow();
    }

    private static JsonObject line(JsonArray lines, long bid, long criterion) {
        return lines.stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("bidId").longValue() == bid && a.getJsonNumber("criterionId").longValue() == criterion)
                .findFirst().orElseThrow();
    }
}
