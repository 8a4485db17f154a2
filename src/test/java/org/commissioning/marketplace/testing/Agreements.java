package org.commissioning.marketplace.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URL;
import java.time.Duration;

import static org.commissioning.marketplace.testing.DemoUsers.ADMIN;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.EVALUATOR;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.KESTREL;
import static org.commissioning.marketplace.testing.DemoUsers.SECOND_HUB;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A live framework agreement for the call-off tests, made through the API the way a hub makes one:
 * a standard fostering tender, bids from Brightwater (£900 a week, stronger answers: rank 1) and
 * Kestrel (£950: rank 2), evaluation, moderation, a four-eyes award and standstill passed under the
 * shifted clock (reset afterwards).
 */
public final class Agreements {
    private Agreements() {
    }

    /** The tender and its live agreement. */
    public record Live(long tenderId, long agreementId, String reference) {
    }

    /** A referral (or a match request) for a nine-year-old's standard fostering placement from the given agreement. */
    public static String referral(long agreementId, String reference, String district, int km, String needs, String extra) {
        return "{\"childReference\":\"" + reference + "\",\"ageYears\":9,\"category\":\"FOSTERING_STANDARD\",\"needLevel\":\"STANDARD\","
                + "\"needTags\":[" + needs + "],\"needsSummary\":\"Two siblings who must stay together; settled at school.\","
                + "\"postcodeDistrict\":\"" + district + "\",\"maxDistanceKm\":" + km + ",\"requiredStart\":\"" + TestClock.today() + "\","
                + "\"durationWeeks\":26,\"urgency\":\"PLANNED\",\"socialCarePct\":70,\"educationPct\":20,\"healthPct\":10,"
                + "\"agreementId\":" + agreementId + extra + "}";
    }

    public static Live liveFostering(URL url) throws Exception {
        return liveFostering(url, false);
    }

    /**
     * The same; with {@code challengeUpheldFirst}, the first approved award is challenged and the
     * challenge upheld (the award withdrawn), and the hub decides the award again from the rankings.
     */
    public static Live liveFostering(URL url, boolean challengeUpheldFirst) throws Exception {
        return live(url, Tenders.publishedOneLot(Api.anonymous(url).asDemo(HUB)), challengeUpheldFirst);
    }

    /** The same from a published one-lot tender of {@link Tenders}: Brightwater ranked first, Kestrel second. */
    public static Live live(URL url, JsonObject tender, boolean challengeUpheldFirst) throws Exception {
        Api hub = Api.anonymous(url).asDemo(HUB);
        long id = tender.getJsonNumber("id").longValue();
        var criteria = tender.getJsonArray("lots").getJsonObject(0).getJsonArray("criteria");
        long quality = criteria.getJsonObject(0).getJsonNumber("id").longValue();
        long social = criteria.getJsonObject(2).getJsonNumber("id").longValue();
        long brightwater = Api.anonymous(url).asDemo(BRIGHTWATER).post("api/tenders/" + id + "/bids/mine/submission",
                Tenders.bid(tender, "900.00", "Brightwater safeguarding answer")).json().getJsonNumber("bidId").longValue();
        long kestrel = Api.anonymous(url).asDemo(KESTREL).post("api/tenders/" + id + "/bids/mine/submission",
                Tenders.bid(tender, "950.00", "Kestrel safeguarding answer")).json().getJsonNumber("bidId").longValue();
        Api admin = Api.anonymous(url).asDemo(ADMIN);
        String e = "api/tenders/" + id + "/evaluation/";
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(10).plusHours(1).toSeconds() + "}");
            Tenders.awaitStatus(hub, id, "BIDS_CLOSED");
            hub.post("api/tenders/" + id + "/bids/opening", "");
            hub.post(e + "assignments", "{\"lot\":1,\"evaluator\":\"" + EVALUATOR + "\"}");
            Api evaluator = Api.anonymous(url).asDemo(EVALUATOR);
            for (JsonValue p : evaluator.get(e + "my-work").json().getJsonArray("toDeclare")) {
                evaluator.post(e + "my-declarations", "{\"providerId\":" + p.asJsonObject().getJsonNumber("providerId") + ",\"conflict\":false}");
            }
            long[][] marks = {{brightwater, quality, 8}, {brightwater, social, 7}, {kestrel, quality, 6}, {kestrel, social, 5}};
            for (long[] m : marks) {
                String score = "{\"bidId\":" + m[0] + ",\"lot\":1,\"criterionId\":" + m[1] + ",\"score\":" + m[2]
                        + ",\"justification\":\"Scored against the published guidance\"}";
                assertEquals(200, evaluator.put(e + "my-scores", score).status());
                assertEquals(200, hub.put(e + "lots/1/moderation", score).status());
            }
            var proposed = hub.post(e + "award", "{\"appoint\":{\"1\":2}}");
            assertEquals(200, proposed.status(), proposed.toString());
            Api.anonymous(url).asDemo(SECOND_HUB).post(e + "award/approval", "");
            if (challengeUpheldFirst) {
                assertEquals(200, hub.post(e + "award/challenge", "{\"details\":\"Kestrel challenges the quality marks\"}").status());
                var withdrawn = hub.post(e + "award/challenge-outcome", "{\"upheld\":true}");
                assertEquals("WITHDRAWN", withdrawn.json().getString("status"), withdrawn.toString());
                var again = hub.post(e + "award", "{\"appoint\":{\"1\":2}}");
                assertEquals(200, again.status(), "a new award decision after the upheld challenge: " + again);
                assertEquals("PROPOSED", again.json().getString("status"));
                assertEquals(409, hub.post(e + "award", "{\"appoint\":{\"1\":1}}").status(), "one current award at a time");
                Api.anonymous(url).asDemo(SECOND_HUB).post(e + "award/approval", "");
            }
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(20).toSeconds() + "}");
            Tenders.awaitStatus(hub, id, "AWARDED");
        } finally {
            admin.delete("api/test-support/clock");
        }
        JsonObject agreement = hub.get(e + "agreement").json();
        assertEquals(2, agreement.getJsonArray("members").size(), agreement.toString());
        return new Live(id, agreement.getJsonNumber("agreementId").longValue(), tender.getString("reference"));
    }
}
