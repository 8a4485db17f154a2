package org.commissioning.marketplace.placement.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Api.Response;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.TestClock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;

import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.commissioning.marketplace.testing.DemoUsers.MANCHESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bolton buys a placement outside the frameworks, from a provider registered with another hub, and
 * records it in the browser: bad input names its fields and records nothing; the placement gets the
 * same agreement and lifecycle as a call-off, is told to the provider, shows in the register as
 * bought outside the frameworks, and moves the share of placements bought through frameworks while
 * the framework savings stay as they were. Run by {@link CallOffPagesIT} in its deployment.
 */
final class OffFrameworkPlacements {
    static final String AIRE_VALLEY = "provider@airevalley-homes.example";

    private OffFrameworkPlacements() {
    }

    static void journey(Browser browser, URL url) throws Exception {
        Api bolton = Api.anonymous(url).asDemo(BOLTON);
        LocalDate today = TestClock.today();
        JsonObject before = bolton.get("api/insight").json();
        long placementsBefore = bolton.get("api/placements").json().getJsonNumber("total").longValue();
        String child = "BOL-SPOT-" + (System.currentTimeMillis() % 100_000);

        // Bad input: every field named, nothing recorded.
        Response unknown = bolton.post("api/placements/off-framework", body(child, "SC999999", today, today.plusWeeks(26),
                "No framework home had a vacancy"));
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("settingUrn"), unknown.body());
        Response bad = bolton.post("api/placements/off-framework", body(child, "SC633210", today, today.minusDays(1), "Urgent"));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("plannedEnd") && bad.body().contains("reason"), bad.body());
        assertEquals(placementsBefore, bolton.get("api/placements").json().getJsonNumber("total").longValue(), "nothing recorded");
        assertEquals(403, Api.anonymous(url).asDemo(HUB).post("api/placements/off-framework", body(child, "SC633210", today,
                today.plusWeeks(26), "No framework home had a vacancy")).status(), "councils record their own placements");

        // In the browser: Aire Valley House (White Rose's provider, on none of the North West's agreements).
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/placements.xhtml").follow("#off-framework-link");
        browser.type("placement:childReference", child).type("placement:settingUrn", "sc633210")
                .choose("placement:needLevel", "Complex").type("placement:weeklyFee", "5600.00")
                .type("placement:reason", "No framework home had a vacancy within 20 miles")
                .setValue("placement:startDate", today.toString()).setValue("placement:plannedEnd", today.plusWeeks(26).toString())
                .type("placement:homeDistrict", "BL3");
        browser.screenshot("council-records-off-framework");
        browser.click("placement:record");
        assertTrue(browser.text(".notification").contains("is recorded as bought outside the frameworks"), browser.pageText());
        assertTrue(browser.text("#bought").contains("Off framework") && browser.text("#bought").contains("No framework home had a vacancy"),
                browser.text("#bought"));
        assertTrue(browser.text("#weekly-fee").contains("spot price"), browser.text("#weekly-fee"));
        browser.screenshot("council-off-framework-placement");
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
        browser.signOut();
        JsonObject placement = bolton.get("api/placements?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("childReference").equals(child)).findFirst().orElseThrow();
        long id = placement.getJsonNumber("id").longValue();
        JsonObject view = bolton.get("api/placements/" + id).json();
        assertTrue(view.getBoolean("offFramework"), view.toString());
        assertTrue(absent(view, "agreementId") && absent(view, "referralId") && absent(view, "agreementFee"), view.toString());

        // It lives like any placement: started, a fee change, told to the provider; other councils never see it.
        assertEquals(200, bolton.post("api/placements/" + id + "/start", "{\"date\":\"" + today + "\"}").status());
        Response fee = bolton.post("api/placements/" + id + "/fee-changes", "{\"date\":\"" + today.plusWeeks(4)
                + "\",\"weeklyFee\":5750.00,\"reason\":\"Extra staffing agreed at review\"}");
        assertEquals(200, fee.status(), fee.body());
        assertTrue(Mail.body(Mail.await(AIRE_VALLEY, "Placement " + child + " recorded")).contains("outside the framework agreements"));
        assertTrue(Api.anonymous(url).asDemo(AIRE_VALLEY).get("api/placements?size=100").body().contains(child));
        assertEquals(404, Api.anonymous(url).asDemo(MANCHESTER).get("api/placements/" + id).status());

        // The register says how it was bought; insight counts it apart and leaves the framework savings alone.
        JsonObject entry = bolton.get("api/register/placements?provider=Aire%20Valley&size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("childReference").equals(child)).findFirst().orElseThrow();
        assertEquals("Bought outside the frameworks", entry.getString("agreement"));
        assertTrue(absent(entry, "lot"), entry.toString());
        assertTrue(Api.anonymous(url).asDemo(HUB).get("api/register/placements?provider=Aire%20Valley&size=100").body().contains(child),
                "the hub's register has it too");
        var spot = bolton.get("api/register/placements?bought=OFF_FRAMEWORK&size=100").json().getJsonArray("items");
        assertTrue(spot.stream().map(JsonValue::asJsonObject).allMatch(p -> p.getString("agreement").equals("Bought outside the frameworks"))
                && spot.toString().contains(child), spot.toString());
        assertFalse(bolton.get("api/register/placements?bought=FRAMEWORK&size=100").body().contains(child));
        assertEquals(400, bolton.get("api/register/placements?bought=SPOT").status());
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/register.xhtml?bought=OFF_FRAMEWORK");
        assertTrue(browser.pageText().contains(child) && browser.pageText().contains("Bought outside the frameworks"), browser.pageText());
        browser.signOut();
        JsonObject after = bolton.get("api/insight").json();
        long framework = before.getJsonNumber("frameworkPlacements").longValue();
        long off = before.getJsonNumber("offFrameworkPlacements").longValue() + 1;
        assertEquals(framework, after.getJsonNumber("frameworkPlacements").longValue());
        assertEquals(off, after.getJsonNumber("offFrameworkPlacements").longValue(), after.toString());
        assertEquals(BigDecimal.valueOf(framework * 100).divide(BigDecimal.valueOf(framework + off), 1, RoundingMode.HALF_UP),
                after.getJsonNumber("placementShare").bigDecimalValue());
        assertEquals(before.getJsonNumber("totalSaving").bigDecimalValue(), after.getJsonNumber("totalSaving").bigDecimalValue(),
                "a spot purchase is no framework saving");
        // The cost benchmark counts it in, and says how many of its placements were bought outside the frameworks.
        assertEquals(spotsBenchmarked(before) + 1, spotsBenchmarked(after), after.getJsonArray("benchmarks").toString());
        // This year's spend counts it, and says how much of the spend was bought outside the frameworks.
        LocalDate yearEnd = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear(), 3, 31);
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, today.plusWeeks(26).isBefore(yearEnd) ? today.plusWeeks(26) : yearEnd) + 1;
        BigDecimal expected = new BigDecimal("5750.00").multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
        BigDecimal offBefore = before.getJsonArray("spendByYear").getJsonObject(4).getJsonNumber("offFrameworkSpend").bigDecimalValue();
        BigDecimal offAfter = after.getJsonArray("spendByYear").getJsonObject(4).getJsonNumber("offFrameworkSpend").bigDecimalValue();
        BigDecimal totalAdded = after.getJsonArray("spendByYear").getJsonObject(4).getJsonNumber("spend").bigDecimalValue()
                .subtract(before.getJsonArray("spendByYear").getJsonObject(4).getJsonNumber("spend").bigDecimalValue());
        assertTrue(offAfter.subtract(offBefore).subtract(expected).abs().compareTo(BigDecimal.ONE) < 0,
                "its " + days + " days this year at its latest fee: " + offBefore + " -> " + offAfter + ", expected + " + expected);
        assertTrue(totalAdded.subtract(expected).abs().compareTo(BigDecimal.ONE) < 0, "and in the total: + " + totalAdded);
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/insight.xhtml");
        assertEquals(String.valueOf(off), browser.text("#off-framework-placements"));
        assertTrue(browser.text("#spend-by-year").contains("Of which bought outside the frameworks"), browser.text("#spend-by-year"));
        browser.scrollTo("#spend-by-year").screenshot("council-insight-spend");
        browser.atPhoneWidth(() -> assertTrue(browser.pageFitsWidth(), browser.overflowing().toString()));
        assertFalse(browser.text("#placement-share").isEmpty());
        browser.signOut();
    }

    /** Null in the answer: JSON-B leaves null properties out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String body(String child, String urn, LocalDate start, LocalDate end, String reason) {
        return "{\"childReference\":\"" + child + "\",\"settingUrn\":\"" + urn + "\",\"needLevel\":\"COMPLEX\",\"weeklyFee\":5600.00,"
                + "\"startDate\":\"" + start + "\",\"plannedEnd\":\"" + end + "\",\"socialCarePct\":100,\"educationPct\":0,"
                + "\"healthPct\":0,\"homeDistrict\":\"BL3\",\"reason\":\"" + reason + "\"}";
    }

    /** Spot purchases counted in the benchmark of complex small-group residential homes (0 without that benchmark). */
    private static long spotsBenchmarked(JsonObject insight) {
        return insight.getJsonArray("benchmarks").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("category").equals("RESIDENTIAL_SMALL_GROUP") && b.getString("needLevel").equals("COMPLEX"))
                .mapToLong(b -> b.getJsonNumber("offFrameworkPlacements").longValue()).sum();
    }
}
