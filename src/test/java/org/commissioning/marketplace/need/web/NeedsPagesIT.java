package org.commissioning.marketplace.need.web;

import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.BrowserJourney;
import org.commissioning.marketplace.testing.Deployments;
import org.commissioning.marketplace.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.commissioning.marketplace.testing.DemoUsers.*;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commissioning.marketplace.testing.Api.Response;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Pooling needs in the browser: the hub opens a round, a council records and submits, the hub sees the profile. */
class NeedsPagesIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aCouncilSubmitsNeedsAndTheHubSeesThemPooled() throws Exception {
        int year = unusedPlanningYear();
        String label = year + "-" + String.format("%02d", (year + 1) % 100);

        browser.signIn("hub.commissioner@northwest-hub.example", Api.DEMO_PASSWORD).open("hub/needs.xhtml");
        browser.type("open:planningYear", String.valueOf(year))
                .setValue("open:deadlineDate", TestClock.today().plusDays(20).toString())
                .type("open:subRegions", "Greater Manchester\nLancashire")
                .click("open:submit");
        assertTrue(browser.text(".notification").contains("The " + label + " needs round is open"), browser.pageText());
        String roundUrl = browser.driver().getCurrentUrl();
        String roundId = roundUrl.substring(roundUrl.indexOf("round=") + 6);
        browser.signOut();

        browser.signIn("commissioner@bolton.example", Api.DEMO_PASSWORD).open("council/needs.xhtml?round=" + roundId);
        assertEquals("Needs for " + label, browser.text("#round-heading"));
        browser.click("line:add");
        assertEquals("There is a problem", browser.text(".error-summary-title"));
        assertTrue(browser.text(".error-summary-list").contains("Select the placement category."));

        browser.choose("line:category", "Fostering: standard").choose("line:needLevel", "Standard")
                .choose("line:ageBand", "5 to 10").choose("line:subRegion", "Greater Manchester")
                .type("line:placements", "10").type("line:weeks", "40").type("line:baselineWeeklyFee", "900.00")
                .click("line:add");
        assertEquals("The line is added.", browser.text(".notification"));
        assertEquals("£360,000.00", browser.text("#total-value"));

        Path bad = Files.createTempFile("needs", ".csv");
        Files.writeString(bad, """
                category,need_level,age_band,sub_region,placements,weeks,baseline_weekly_fee
                RESIDENTIAL_SOLO,HIGHLY_COMPLEX,AGE_11_TO_15,Lancashire,1,52,8000.00
                RESIDENTIAL_SOLO,IMPOSSIBLE,AGE_11_TO_15,Lancashire,1,52,8000.00
                """);
        browser.attach("import:file", bad).click("import:upload");
        assertTrue(browser.text(".error-summary-list").contains("Line 3: need_level 'IMPOSSIBLE'"), browser.text(".error-summary-list"));
        assertEquals("£360,000.00", browser.text("#total-value"), "nothing was imported");
        browser.screenshot("council-needs-import-errors");

        Path good = Files.createTempFile("needs", ".csv");
        Files.writeString(good, """
                category,need_level,age_band,sub_region,placements,weeks,baseline_weekly_fee
                FOSTERING_STANDARD,STANDARD,AGE_5_TO_10,Greater Manchester,10,40,900.00
                RESIDENTIAL_SOLO,HIGHLY_COMPLEX,AGE_11_TO_15,Lancashire,1,52,8000.00
                """);
        browser.attach("import:file", good).click("import:upload");
        assertTrue(browser.text(".notification").contains("2 lines imported"));
        assertEquals("£776,000.00", browser.text("#total-value"));
        browser.click("submission:submit");
        assertEquals("Submitted", browser.text("#status"));
        browser.screenshot("council-needs-submitted");
        browser.signOut();

        browser.signIn("hub.commissioner@northwest-hub.example", Api.DEMO_PASSWORD).open("hub/needs.xhtml?round=" + roundId);
        assertTrue(browser.text("#submitted-count").startsWith("1 of "), browser.text("#submitted-count"));
        assertTrue(browser.text("#progress").contains("Bolton Council Submitted"), browser.text("#progress"));
        assertEquals("11 placements, £776,000.00 a year", browser.text("#profile-total"));
        assertTrue(browser.text("#profile").contains("Residential home: solo Lancashire Highly complex 1 1 £8,000.00 £416,000.00"),
                browser.text("#profile"));
        assertTrue(browser.has("#export-xlsx"));
        browser.screenshot("hub-needs-profile");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('profile-heading').scrollIntoView()");
        browser.screenshot("hub-needs-chart");
    }

    // ==== From NeedsApiIT: Pooling needs through the REST API of the deployed WAR: rounds, lines, CSV import
    // with bad rows, deadlines under a shifted clock, the pooled profile and its exports, and tenancy. Each
    // test opens its own round (a planning year nobody else uses).


    private Api as(String user) {
        return Api.anonymous(url).asDemo(user);
    }

    /** A planning year no round of the hub has yet: other tests in this deployment open rounds for random years. */
    private int unusedPlanningYear() {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (JsonValue round : (JsonArray) as(HUB).get("api/needs-rounds").structure()) {
            taken.add(round.asJsonObject().getInt("planningYear"));
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2030, 2100);
            if (!taken.contains(year)) {
                return year;
            }
        }
        throw new AssertionError("no planning year left between 2030 and 2100: " + taken);
    }

    private long openRound() {
        int year = ThreadLocalRandom.current().nextInt(2030, 2100);
        for (int attempt = 0; attempt < 20; attempt++, year = ThreadLocalRandom.current().nextInt(2030, 2100)) {
            Response r = as(HUB).post("api/needs-rounds", "{\"planningYear\":" + year + ",\"deadline\":\""
                    + TestClock.now().plus(Duration.ofDays(30)) + "\",\"subRegions\":[\"Greater Manchester\",\"Lancashire\"]}");
            if (r.status() == 201) {
                return r.json().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("could not open a round");
    }

    private static String line(String category, String level, String band, String subRegion, int placements, int weeks,
                               String fee) {
        return "{\"category\":\"" + category + "\",\"needLevel\":\"" + level + "\",\"ageBand\":\"" + band
                + "\",\"subRegion\":\"" + subRegion + "\",\"placements\":" + placements + ",\"weeks\":" + weeks
                + ",\"baselineWeeklyFee\":" + fee + "}";
    }

    @Test
    void councilsSubmitNeedsAndTheHubSeesThemPooled() throws Exception {
        long round = openRound();
        Response added = as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("FOSTERING_STANDARD", "STANDARD", "AGE_5_TO_10", "Greater Manchester", 10, 40, "900.00"));
        assertEquals(200, added.status(), added.toString());
        assertEquals("DRAFT", added.json().getString("status"));
        as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("RESIDENTIAL_SOLO", "HIGHLY_COMPLEX", "AGE_11_TO_15", "Lancashire", 1, 52, "8000.00"));
        as(MANCHESTER).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("FOSTERING_STANDARD", "STANDARD", "UNDER_5", "greater manchester", 5, 20, "1000.00"));

        JsonObject before = as(HUB).get("api/needs-rounds/" + round + "/profile").json();
        assertEquals(0, before.getInt("councilsSubmitted"), "drafts do not count");
        assertEquals(0, before.getJsonArray("rows").size());

        assertEquals("SUBMITTED", as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/submission", "").json().getString("status"));
        assertEquals("SUBMITTED", as(MANCHESTER).post("api/needs-rounds/" + round + "/my-needs/submission", "").json().getString("status"));

        JsonObject profile = as(HUB).get("api/needs-rounds/" + round + "/profile").json();
        assertEquals(2, profile.getInt("councilsSubmitted"));
        assertEquals(16, profile.getJsonNumber("totalPlacements").longValue());
        // 10 x 40 x 900 + 1 x 52 x 8000 + 5 x 20 x 1000
        assertEquals("876000.00", profile.getJsonNumber("totalEstimatedAnnualValue").bigDecimalValue().toPlainString());
        JsonObject fostering = profile.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("category").equals("FOSTERING_STANDARD")).findFirst().orElseThrow();
        assertEquals("Greater Manchester", fostering.getString("subRegion"));
        assertEquals(2, fostering.getInt("councils"));
        assertEquals(15, fostering.getInt("placements"));
        assertEquals(500, fostering.getInt("placementWeeks"));
        assertEquals("920.00", fostering.getJsonNumber("averageWeeklyFee").bigDecimalValue().toPlainString(),
                "weighted by placement weeks: (360000 + 100000) / 500");

        JsonArray progress = as(HUB).get("api/needs-rounds/" + round + "/progress").structure().asJsonArray();
        assertTrue(progress.stream().map(JsonValue::asJsonObject).anyMatch(p ->
                p.getString("councilName").equals("Bolton Council") && p.getString("status").equals("SUBMITTED")));
        assertTrue(progress.stream().map(JsonValue::asJsonObject).anyMatch(p ->
                p.getString("councilName").equals("Wigan Council") && p.getString("status").equals("NOT_STARTED")));

        String csv = as(HUB).download("api/needs-rounds/" + round + "/profile.csv").body();
        assertTrue(csv.startsWith("Category,Sub-region,Need level,Councils,Placements"), csv);
        assertTrue(csv.contains("Fostering: standard,Greater Manchester,Standard,2,15,500,460000.00,920.00"), csv);

        byte[] xlsx = download("api/needs-rounds/" + round + "/profile.xlsx", HUB);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Category", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Total", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
            assertEquals(876000.0, sheet.getRow(sheet.getLastRowNum()).getCell(6).getNumericCellValue(), 0.001);
        }
    }

    @Test
    void aCsvWithBadRowsReportsEachLineAndImportsNothing() {
        long round = openRound();
        as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("ADOPTION", "STANDARD", "UNDER_5", "Lancashire", 2, 52, "700.00"));
        String bad = """
                category,need_level,age_band,sub_region,placements,weeks,baseline_weekly_fee
                FOSTERING_STANDARD,STANDARD,AGE_5_TO_10,Greater Manchester,3,40,950.00
                FOSTERING_STANDARD,EXTREME,AGE_5_TO_10,Greater Manchester,3,40,950.00
                RESIDENTIAL_SOLO,COMPLEX,AGE_11_TO_15,Atlantis,1,52,6000
                """;
        Response r = csvPut(round, bad);
        assertEquals(400, r.status(), r.toString());
        JsonArray errors = r.json().getJsonArray("errors");
        assertEquals("line 3", errors.getJsonObject(0).getString("field"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("need_level 'EXTREME'"));
        assertEquals("line 4", errors.getJsonObject(1).getString("field"));
        assertTrue(errors.getJsonObject(1).getString("message").contains("sub_region 'Atlantis'"));

        JsonObject mine = as(BOLTON).get("api/needs-rounds/" + round + "/my-needs").json();
        assertEquals(1, mine.getJsonArray("lines").size(), "nothing half-imported");
        assertEquals("ADOPTION", mine.getJsonArray("lines").getJsonObject(0).getString("category"));

        Response good = csvPut(round, as(BOLTON).download("api/needs-rounds/" + round + "/template.csv").body());
        assertEquals(200, good.status(), good.toString());
        assertEquals(2, good.json().getJsonArray("lines").size(), "the import replaces the lines");
        Response again = csvPut(round, as(BOLTON).download("api/needs-rounds/" + round + "/template.csv").body());
        assertEquals(200, again.status(), "the same keys can be imported again: " + again);
    }

    @Test
    void afterTheDeadlineNeedsCanNoLongerChange() {
        long round = openRound();
        Api admin = as(ADMIN);
        as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("ADOPTION", "STANDARD", "UNDER_5", "Lancashire", 2, 52, "700.00"));
        try {
            assertEquals(200, admin.put("api/test-support/clock", "{\"seconds\":" + Duration.ofDays(31).toSeconds() + "}").status());
            assertFalse(as(BOLTON).get("api/needs-rounds/" + round).json().getBoolean("open"));
            Response late = as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/submission", "");
            assertEquals(409, late.status(), late.toString());
            assertTrue(late.json().getString("detail").contains("deadline"));
            assertEquals(409, as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/lines",
                    line("ADOPTION", "COMPLEX", "UNDER_5", "Lancashire", 1, 52, "700.00")).status());
        } finally {
            admin.delete("api/test-support/clock");
        }
        assertEquals(200, as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/submission", "").status());
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Response noRound = as(HUB).post("api/needs-rounds", "{\"planningYear\":1900,\"subRegions\":[]}");
        assertEquals(400, noRound.status());
        assertEquals(3, noRound.json().getJsonArray("errors").size());
        long round = openRound();
        Response badLine = as(BOLTON).post("api/needs-rounds/" + round + "/my-needs/lines",
                "{\"category\":\"ADOPTION\",\"placements\":-1,\"weeks\":60,\"baselineWeeklyFee\":0}");
        assertEquals(400, badLine.status());
        assertTrue(badLine.body().contains("\"field\":\"placements\""), badLine.body());
        assertTrue(badLine.body().contains("\"field\":\"weeks\""));
        assertTrue(badLine.body().contains("\"field\":\"baselineWeeklyFee\""));
        assertEquals("NOT_STARTED", as(BOLTON).get("api/needs-rounds/" + round + "/my-needs").json().getString("status"));
    }

    @Test
    void needsStayWithinTheirHubAndCouncil() {
        long round = openRound();
        assertEquals(404, as(LEEDS).get("api/needs-rounds/" + round).status(), "a council of another hub");
        assertEquals(404, as(LEEDS).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("ADOPTION", "STANDARD", "UNDER_5", "Lancashire", 2, 52, "700.00")).status());
        assertEquals(404, as(OTHER_HUB).get("api/needs-rounds/" + round + "/profile").status(), "another hub");
        assertFalse(as(OTHER_HUB).get("api/needs-rounds").body().contains("\"id\":" + round + ","));
        assertEquals(403, as(BOLTON).get("api/needs-rounds/" + round + "/profile").status(), "councils do not read the pooled profile");
        assertEquals(403, as(BOLTON).post("api/needs-rounds", "{}").status());
        assertEquals(403, as(HUB).post("api/needs-rounds/" + round + "/my-needs/lines", "{}").status());
        assertEquals(403, as(BRIGHTWATER).get("api/needs-rounds").status());

        as(MANCHESTER).post("api/needs-rounds/" + round + "/my-needs/lines",
                line("ADOPTION", "STANDARD", "UNDER_5", "Lancashire", 2, 52, "700.00"));
        assertEquals(0, as(BOLTON).get("api/needs-rounds/" + round + "/my-needs").json().getJsonArray("lines").size(),
                "a council sees only its own needs");
    }

    private Response csvPut(long round, String csv) {
        return send(HttpRequest.newBuilder(Deployments.local(url).resolve("api/needs-rounds/" + round + "/my-needs/lines"))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .header("Authorization", basic(BOLTON)).PUT(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Deployments.local(url).resolve(path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), "", "", r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes());
    }
}
