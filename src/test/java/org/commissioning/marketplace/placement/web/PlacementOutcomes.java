package org.commissioning.marketplace.placement.web;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.TestClock;
import org.commissioning.marketplace.testing.TestServices;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;

import static org.commissioning.marketplace.testing.DemoUsers.ADMIN;
import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.EVALUATOR;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.MANCHESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bolton reviews what a placement is doing for the child: due three months in (a task once overdue),
 * recorded in the placement page, refused when the facts are wrong, downloaded as CSV; the provider
 * and the hub see counts only, from five reviews. Run by {@link CallOffPagesIT} in its deployment.
 */
final class PlacementOutcomes {

    private static final String NOTES = "Settled with her carers; enjoys her new school choir";

    private PlacementOutcomes() {
    }

    static void journey(Browser browser, URL url) throws Exception {
        Api bolton = Api.anonymous(url).asDemo(BOLTON);
        Api brightwater = Api.anonymous(url).asDemo(BRIGHTWATER);
        Api hub = Api.anonymous(url).asDemo(HUB);
        long placement = ChildrensFeedback.startedPlacementWithBrightwater(url, bolton);
        JsonObject placed = bolton.get("api/placements/" + placement).json();
        String reference = placed.getString("childReference");
        long provider = placed.getJsonNumber("providerId").longValue();
        LocalDate start = LocalDate.parse(placed.getString("startDate"));
        int before = brightwater.get("api/outcome-reviews/summary").json().getInt("reviews");

        // The first review falls three months in; once it is overdue, Bolton's home page says so.
        JsonObject due = bolton.get("api/placements/" + placement + "/outcome-reviews").json();
        assertEquals(start.plusMonths(3).toString(), due.getString("nextDue"));
        assertFalse(due.getBoolean("overdue"));
        Api admin = Api.anonymous(url).asDemo(ADMIN);
        try {
            admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(100).toSeconds() + "}");
            assertTrue(bolton.get("api/placements/" + placement + "/outcome-reviews").json().getBoolean("overdue"));
            browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/home.xhtml");
            String tasks = browser.text("#tasks");
            assertTrue(tasks.contains("overdue") && tasks.toLowerCase().contains("outcome review"), tasks);
            browser.signOut();
        } finally {
            admin.delete("api/test-support/clock");
        }

        // Recorded in the placement page; a form with nothing chosen names each field.
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/placement.xhtml?id=" + placement);
        assertTrue(browser.text("#next-review").contains("next outcome review is due"), browser.text("#next-review"));
        browser.click("outcome:save");
        String refused = browser.pageText();
        assertTrue(refused.contains("Choose the review point") && refused.contains("Give the number of moves")
                && refused.contains("how the placement's goals are going"), refused);
        browser.check("outcome:point", "THREE_MONTHS").setValue("outcome:reviewedOn", TestClock.today().toString())
                .type("outcome:movesSinceLast", "0").check("outcome:onSchoolRoll", "true").type("outcome:attendancePct", "95")
                .check("outcome:healthCurrent", "true").type("outcome:sdqScore", "14").check("outcome:goals", "PROGRESSING")
                .type("outcome:notes", NOTES).click("outcome:save");
        String recorded = browser.text("#outcome-reviews");
        assertTrue(recorded.contains("Three months in") && recorded.contains("95%") && recorded.contains(NOTES), recorded);
        browser.scrollTo("#outcomes-heading").screenshot("council-outcome-review");
        browser.signOut();

        // The API refuses wrong facts by name and reviews at the end before the end.
        String path = "api/placements/" + placement + "/outcome-reviews";
        Api.Response bad = bolton.post(path, "{\"point\":\"SIX_MONTHLY\",\"reviewedOn\":\"" + TestClock.today()
                + "\",\"movesSinceLast\":-2,\"onSchoolRoll\":false,\"attendancePct\":80,\"goals\":\"MET\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("movesSinceLast") && bad.body().contains("attendancePct"), bad.body());
        assertEquals(409, bolton.post(path, review("ENDING", 0)).status(), "the review at the end waits for the end");
        assertEquals(404, Api.anonymous(url).asDemo(MANCHESTER).post(path, review("SIX_MONTHLY", 0)).status(), "another council's");
        assertFalse(brightwater.get(path).body().contains(NOTES), "a provider never reads a review");
        assertFalse(hub.get(path).body().contains(NOTES), "nor the hub");

        // Counts from five reviews: the provider its own, the hub its councils'; never for a council.
        JsonObject few = brightwater.get("api/outcome-reviews/summary").json();
        assertEquals(before + 1, few.getInt("reviews"));
        if (before + 1 < 5) {
            assertFalse(few.getBoolean("shown"), few.toString());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(201, bolton.post(path, review("SIX_MONTHLY", i)).status());
        }
        assertEquals(200, bolton.post("api/placements/" + placement + "/end", "{\"date\":\"" + TestClock.today()
                + "\",\"ending\":\"PLANNED\",\"reason\":\"Returned home to her mother\"}").status());
        assertEquals(201, bolton.post(path, review("ENDING", 0)).status());
        assertEquals(409, bolton.post(path, review("SIX_MONTHLY", 0)).status(), "nothing after the review at the end");
        for (int reviews = before + 4; reviews < 5; reviews++) {
            assertFalse(brightwater.get("api/outcome-reviews/summary").json().getBoolean("shown"), "fewer than five");
            long another = ChildrensFeedback.startedPlacementWithBrightwater(url, bolton);
            assertEquals(201, bolton.post("api/placements/" + another + "/outcome-reviews", review("THREE_MONTHS", 0)).status());
        }
        JsonObject counted = brightwater.get("api/outcome-reviews/summary").json();
        assertTrue(counted.getBoolean("shown"), counted.toString());
        assertTrue(counted.getInt("noMoves") < counted.getInt("reviews"), "one review had a move: " + counted);
        assertEquals(counted.getInt("reviews"), hub.get("api/outcome-reviews/summary?provider=" + provider).json().getInt("reviews"));
        assertEquals(400, bolton.get("api/outcome-reviews/summary").status(), "a council names the provider");
        assertEquals(counted.getInt("reviews"), bolton.get("api/outcome-reviews/summary?provider=" + provider).json().getInt("reviews"),
                "a council of the hub, weighing offers, sees the same counts as the hub");
        assertEquals(403, Api.anonymous(url).asDemo(EVALUATOR)
                .get("api/outcome-reviews/summary?provider=" + provider).status());
        browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/performance.xhtml");
        assertTrue(browser.text("#outcome-counts").contains("No move since the last review"), browser.pageText());
        browser.signOut();

        // Bolton downloads its own reviews (without the notes); nobody else can.
        Api.Response csv = bolton.download("api/outcome-reviews/export.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains(reference) && csv.body().contains("Three months in"), csv.body());
        assertFalse(csv.body().contains(NOTES), "the notes stay in the marketplace");
        assertEquals(200, bolton.download("api/outcome-reviews/export.xlsx").status());
        assertEquals(403, brightwater.download("api/outcome-reviews/export.csv").status());
        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT notes FROM outcome_review WHERE placement_id = ? AND notes IS NOT NULL")) {
            s.setLong(1, placement);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains("choir"), "notes are sealed at rest");
            }
        }
    }

    static String review(String point, int moves) {
        return "{\"point\":\"" + point + "\",\"reviewedOn\":\"" + TestClock.today() + "\",\"movesSinceLast\":" + moves
                + ",\"onSchoolRoll\":true,\"healthCurrent\":true,\"goals\":\"PROGRESSING\"}";
    }
}
