package org.commissioning.marketplace.register.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.MarketplaceProcess;
import org.commissioning.marketplace.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.MANCHESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marketplace as the README's run command starts it (demo data and demo call-offs on, on an
 * empty schema): the hub has three years of history, so its register, insight and provider
 * performance show what they are for, children's details are sealed, and no figure cell is blank.
 */
class DemoHistoryIT {

    @Test
    void aNewUserOfTheDemoSeesThreeYearsOfTheHubsPlacements() throws Exception {
        String db = TestServices.freshSchema("marketplace_demo_history");
        List<String> demo = List.of("-Dmarketplace.demo-data=true", "-Dmarketplace.demo-call-offs=true");
        int port = MarketplaceProcess.freePort();
        try (MarketplaceProcess server = MarketplaceProcess.start(port, "demo-history", db, demo)) {
            URL base = server.base();
            Api hub = Api.anonymous(base).asDemo(HUB);
            JsonObject register = hub.get("api/register/placements?size=1").json();
            assertTrue(register.getJsonNumber("total").longValue() >= 300, "about 300 placements: " + register.getJsonNumber("total"));

            // Right after a start, everyone opens their dashboards at once, while the refresh schedule works too:
            // every answer is the figures (two computations once deadlocked on the changes they had counted).
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<Api.Response>> opened = new java.util.ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String who : List.of(HUB, BOLTON, MANCHESTER)) {
                    opened.add(pool.submit(() -> Api.anonymous(base).asDemo(who).get("api/insight")));
                    opened.add(pool.submit(() -> Api.anonymous(base).asDemo(who).get("api/insight/national")));
                }
            }
            for (var answer : opened) {
                Api.Response r = answer.get();
                assertEquals(200, r.status(), r.toString());
            }
            pool.shutdown();

            JsonObject insight = hub.get("api/insight").json();
            long yearsWithSpend = insight.getJsonArray("spendByYear").stream().map(JsonValue::asJsonObject)
                    .filter(y -> y.getJsonNumber("spend").bigDecimalValue().signum() > 0).count();
            assertTrue(yearsWithSpend >= 3, "spend in three financial years or more: " + insight.getJsonArray("spendByYear"));
            assertTrue(insight.getJsonNumber("referralsUnplaced").longValue() > 0, "some referrals found no placement");
            assertTrue(insight.getJsonArray("benchmarks").size() >= 3, "councils compared in several categories");

            JsonObject oakfield = hub.get("api/insight/providers?name=oakfield").json().getJsonArray("items").getJsonObject(0);
            assertTrue(oakfield.getJsonNumber("placements").longValue() > 0 && oakfield.getJsonNumber("unplannedEndings").longValue() > 0,
                    "provider performance has placements and endings to show: " + oakfield);

            try (Connection c = DriverManager.getConnection(db, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), SUM(child_reference LIKE 'enc:v1:%'), "
                         + "(SELECT COUNT(*) FROM placement_variation WHERE kind = 'FEE_CHANGE'), "
                         + "(SELECT COUNT(*) FROM referral WHERE postcode_district NOT LIKE 'enc:v1:%') FROM placement")) {
                rs.next();
                assertEquals(rs.getInt(1), rs.getInt(2), "every child's reference is sealed, as the application seals it");
                assertTrue(rs.getInt(3) > 0, "placements have yearly fee changes");
                assertEquals(0, rs.getInt(4), "and every home district");
            }

            assertEquals(1, hub.get("api/register/agreements?title=demo+history").json().getJsonNumber("total").intValue(),
                    "the framework the history was called off from is in the register");
            try (Browser browser = new Browser(base.toURI())) {
                browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/insight.xhtml");
                for (String table : List.of("spend-by-year", "placed-by-distance", "benchmarks")) {
                    for (WebElement cell : browser.driver().findElements(By.cssSelector("#" + table + " td"))) {
                        assertTrue(!cell.getText().isBlank(), "no blank cell in #" + table + ": " + browser.text("#" + table));
                    }
                }
                browser.screenshot("demo-hub-insight");
                browser.open("hub/register.xhtml");
                browser.screenshot("demo-hub-register");
                browser.choose("filters:sort", "Weekly fee, highest first").click("filters:apply");
                assertTrue(browser.driver().getCurrentUrl().contains("sort=HIGHEST_FEE"), "the order is in the address too");
                List<java.math.BigDecimal> fees = browser.driver().findElements(By.cssSelector("#table\\:placements tbody tr")).stream()
                        .map(tr -> new java.math.BigDecimal(tr.findElements(By.tagName("td")).stream().map(WebElement::getText)
                                .filter(t -> t.startsWith("£")).findFirst().orElseThrow().replaceAll("[£,]", ""))).toList();
                assertTrue(fees.size() > 1 && fees.equals(fees.stream().sorted(java.util.Comparator.reverseOrder()).toList()),
                        "the page lists the highest weekly fees first: " + fees);
                browser.follow("#table\\:placements a[href*='placement.xhtml']");
                assertTrue(browser.path().endsWith("hub/placement.xhtml"), "a hub's register row opens the placement: " + browser.path());
                assertTrue(browser.pageText().contains("Agreed") && browser.pageText().contains("Called off by"), browser.pageText());
                assertTrue(!browser.has("#change\\:date"), "the hub reads it; its council records changes");
                browser.screenshot("demo-hub-placement");
            }
        }
    }
}
