package org.commissioning.marketplace.evaluation.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.shared.domain.WorkingDays;
import org.commissioning.marketplace.testing.Agreements;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.OcdsSchema;
import org.commissioning.marketplace.testing.Tenders;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.commissioning.marketplace.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From opened bids to a live framework agreement through the API: evaluators assigned, conflicts
 * declared, independent scores, moderation with a disagreement flagged, the computed ranking, a
 * proposal approved by a second commissioner (four eyes), the award notice as valid OCDS,
 * assessment summaries, a challenge suspending the award, and standstill ended by the scheduler
 * under a controlled clock.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationApiIT {

    static final String SECOND_HUB = "second.commissioner@northwest-hub.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL url;

    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

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
        JsonArray criteria = tender.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria");
        long quality = criteria.getJsonObject(0).getJsonNumber("id").longValue();
        long social = criteria.getJsonObject(2).getJsonNumber("id").longValue();
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

    static final String PASSWORD = "Evaluator-Password-2026";

    private String newEvaluator() throws Exception {
        long hub = Api.anonymous(url).get("api/hubs").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("name").equals("North West Placements Hub")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String email = "evaluator-" + UUID.randomUUID() + "@northwest-hub.example";
        Response created = as(ADMIN).post("api/organisations/" + hub + "/accounts", "{\"username\":\"" + email
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
