package org.commissioning.marketplace.testing;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tenders and bids for the integration tests, made through the API as a real hub would. */
public final class Tenders {
    private Tenders() {
    }

    /**
     * A published one-lot framework (standard fostering) with a quality, a price and a social value
     * criterion and one selection question; bids close 10 days from now.
     */
    public static JsonObject publishedOneLot(Api hub) {
        return publishedOneLot(hub, "FRAMEWORK", null);
    }

    /** The same with another procedure and, when given, an award rule (JSON) stated before publication. */
    public static JsonObject publishedOneLot(Api hub, String procedure, String awardRule) {
        return publishedOneLot(hub, procedure, awardRule, "");
    }

    /** A published one-lot open framework that reopens on the given date. */
    public static JsonObject publishedOpenFramework(Api hub, java.time.LocalDate reopening) {
        return publishedOneLot(hub, "OPEN_FRAMEWORK", null, "\"reopenings\":[\"" + reopening + "\"],");
    }

    /** The same, with more of the plan's fields (JSON members, each followed by a comma). */
    public static JsonObject publishedOneLot(Api hub, String procedure, String awardRule, String morePlan) {
        long id = draftOneLot(hub, procedure, awardRule, morePlan);
        JsonObject tender = hub.post("api/tenders/" + id + "/publication", "").json();
        assertEquals("PUBLISHED", tender.getString("status"));
        return tender;
    }

    /** The draft {@link #publishedOneLot} publishes, ready for publication: its id. */
    public static long draftOneLot(Api hub, String procedure, String awardRule, String morePlan) {
        Instant clarification = TestClock.now().plus(Duration.ofDays(5));
        Response drafted = hub.post("api/tenders", "{\"title\":\"Bids test " + UUID.randomUUID() + "\",\"description\":\"D\"," + morePlan
                + "\"procedure\":\"" + procedure + "\",\"termStart\":\"" + TestClock.april(0) + "\","
                + (procedure.equals("DYNAMIC_MARKET") ? "" : "\"termEnd\":\"" + TestClock.march31(4) + "\",")
                + "\"clarificationDeadline\":\"" + clarification + "\",\"bidDeadline\":\"" + clarification.plus(Duration.ofDays(5))
                + "\",\"plannedAward\":\"" + TestClock.plannedAward() + "\",\"standstillDays\":8}");
        long id = drafted.json().getJsonNumber("id").longValue();
        hub.post("api/tenders/" + id + "/lots", "{\"title\":\"Standard fostering\",\"category\":\"FOSTERING_STANDARD\",\"needLevel\":\"STANDARD\"}");
        hub.post("api/tenders/" + id + "/lots/1/criteria", "{\"kind\":\"QUALITY\",\"title\":\"Safeguarding\",\"weight\":50,\"maxMarks\":10}");
        hub.post("api/tenders/" + id + "/lots/1/criteria", "{\"kind\":\"PRICE\",\"title\":\"Fees\",\"weight\":40}");
        hub.post("api/tenders/" + id + "/lots/1/criteria", "{\"kind\":\"SOCIAL_VALUE\",\"title\":\"Local jobs\",\"weight\":10}");
        hub.post("api/tenders/" + id + "/selection-questions", "{\"question\":\"Is any setting judged inadequate?\"}");
        if (awardRule != null) {
            Response rule = hub.put("api/tenders/" + id + "/award-rule", awardRule);
            assertEquals(200, rule.status(), rule.toString());
        }
        hub.put("api/tenders/" + id + "/team/my-declaration", "{\"interest\":false}");
        return id;
    }

    /** Waits (up to 15 s) for the deadline scheduler to move a tender to {@code status}. */
    public static void awaitStatus(Api hub, long id, String status) throws InterruptedException {
        String now = "";
        for (int i = 0; i < 60 && !now.equals(status); i++) {
            Thread.sleep(250);
            now = hub.get("api/tenders/" + id).json().getString("status");
        }
        assertEquals(status, now);
    }

    /** The status answered when the award rule is stated on a fresh draft tender of this procedure. */
    public static int publishedOneLotStatus(Api hub, String procedure, String awardRule) {
        Instant clarification = TestClock.now().plus(Duration.ofDays(5));
        long id = hub.post("api/tenders", "{\"title\":\"Rule test " + UUID.randomUUID() + "\",\"description\":\"D\","
                + "\"procedure\":\"" + procedure + "\",\"termStart\":\"" + TestClock.april(0) + "\","
                + "\"clarificationDeadline\":\"" + clarification + "\",\"bidDeadline\":\"" + clarification.plus(Duration.ofDays(5))
                + "\",\"plannedAward\":\"" + TestClock.plannedAward() + "\",\"standstillDays\":8}").json().getJsonNumber("id").longValue();
        return hub.put("api/tenders/" + id + "/award-rule", awardRule).status();
    }

    /** The id of lot 1's criterion at this position of {@link #publishedOneLot}: 0 quality, 1 price, 2 social value. */
    public static long criterionId(JsonObject tender, int position) {
        return tender.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria").getJsonObject(position)
                .getJsonNumber("id").longValue();
    }

    /** A complete bid on lot 1 of {@link #publishedOneLot}: the fee, the quality answer, and the rest filled in. */
    public static String bid(JsonObject tender, String fee, String answer) {
        long quality = criterionId(tender, 0);
        long social = criterionId(tender, 2);
        return "{\"lots\":[{\"lot\":1,\"weeklyFees\":{\"STANDARD\":" + fee + "},\"capacity\":12,\"answers\":{\"" + quality
                + "\":\"" + answer + "\",\"" + social + "\":\"We recruit carers locally.\"}}],\"selectionAnswers\":{\"1\":\"No\"}}";
    }
}
