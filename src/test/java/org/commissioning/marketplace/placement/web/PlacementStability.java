package org.commissioning.marketplace.placement.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Agreements;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.TestClock;
import org.commissioning.marketplace.testing.TestServices;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child of Bolton's moves twice in a year: the third placement makes one more child with three or
 * more placements on Bolton's and the hub's dashboards, known by a blind key (never the reference),
 * and an outcome review counts beside it. Run by {@link CallOffPagesIT} in its deployment.
 */
final class PlacementStability {

    private PlacementStability() {
    }

    static void journey(Browser browser, URL url) throws Exception {
        Api bolton = Api.anonymous(url).asDemo(BOLTON);
        Api hub = Api.anonymous(url).asDemo(HUB);
        long agreement = Agreements.liveFostering(url).agreementId();
        String stem = "BOL-S" + (System.currentTimeMillis() % 1_000_000);
        // Five children placed and home again today: enough children for Bolton's counts to be shown.
        for (int i = 0; i < 5; i++) {
            end(bolton, ChildrensFeedback.startedPlacementWithBrightwater(url, bolton, agreement, stem + "-" + i));
        }
        JsonObject before = own(bolton);
        assertNotNull(before.get("threeOrMore"), "five children or more: shown " + before);
        assertFalse(before.get("threeOrMore").getValueType() == jakarta.json.JsonValue.ValueType.NULL, before.toString());

        // One child, three placements: two break down and the child moves on.
        String moving = stem + "-M";
        end(bolton, ChildrensFeedback.startedPlacementWithBrightwater(url, bolton, agreement, moving));
        long second = ChildrensFeedback.startedPlacementWithBrightwater(url, bolton, agreement, moving);
        end(bolton, second);
        long third = ChildrensFeedback.startedPlacementWithBrightwater(url, bolton, agreement, moving);
        assertEquals(201, bolton.post("api/placements/" + third + "/outcome-reviews", PlacementOutcomes.review("THREE_MONTHS", 2))
                .status());

        JsonObject after = own(bolton);
        assertEquals(before.getInt("childrenInYear") + 1, after.getInt("childrenInYear"), after.toString());
        assertEquals(before.getInt("threeOrMore") + 1, after.getInt("threeOrMore"), "the child who moved twice counts once: " + after);
        assertEquals(before.getInt("reviews") + 1, after.getInt("reviews"));
        JsonArray councilView = bolton.get("api/insight").json().getJsonArray("stability");
        assertEquals(2, councilView.size(), "a council sees its own and the region's: " + councilView);
        assertTrue(councilView.getJsonObject(1).getString("name").startsWith("The region"));
        JsonArray hubView = hub.get("api/insight").json().getJsonArray("stability");
        JsonObject boltonForHub = hubView.stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("name").equals(after.getString("name"))).findFirst().orElseThrow();
        assertEquals(after.getInt("threeOrMore"), boltonForHub.getInt("threeOrMore"), "the hub reads the same figure");
        assertEquals(403, Api.anonymous(url).asDemo(BRIGHTWATER).get("api/insight").status(), "providers read no council's children");

        // The same child is one key; the key is not the reference.
        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT child_key), MIN(child_key) FROM placement WHERE id IN (?, ?)")) {
            s.setLong(1, third);
            s.setLong(2, second);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1), "the child's placements share one key");
                assertEquals(64, r.getString(2).length());
                assertFalse(r.getString(2).contains(moving));
            }
        }

        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/insight.xhtml");
        String table = browser.text("#stability");
        assertTrue(table.contains(after.getString("name")) && table.contains("With 3 or more placements"), table);
        // The total stays below the councils, however they are sorted.
        assertTrue(browser.text("#stability tfoot").startsWith("All member councils"), browser.text("#stability tfoot"));
        assertFalse(browser.column("#stability", 0).contains("All member councils"), browser.column("#stability", 0).toString());
        if (browser.column("#stability", 0).size() > 1) {
            browser.sortBy("#stability", "Council");
            assertTrue(browser.text("#stability tfoot").startsWith("All member councils"), "still last after sorting");
        }
        browser.scrollTo("#stability-heading").screenshot("hub-stability");
        browser.signOut();
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/insight.xhtml");
        assertTrue(browser.text("#stability").contains("The region"), browser.text("#stability"));
        browser.signOut();
    }

    /** Bolton's own row of its stability measures. */
    private static JsonObject own(Api bolton) {
        return bolton.get("api/insight").json().getJsonArray("stability").getJsonObject(0);
    }

    private static void end(Api bolton, long placement) {
        Api.Response ended = bolton.post("api/placements/" + placement + "/end", "{\"date\":\"" + TestClock.today()
                + "\",\"ending\":\"UNPLANNED\",\"reason\":\"The placement broke down\"}");
        assertEquals(200, ended.status(), ended.body());
    }
}
