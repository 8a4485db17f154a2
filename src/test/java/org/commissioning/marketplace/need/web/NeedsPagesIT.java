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

/** Pooling needs in the browser: the hub opens a round, a council records and submits, the hub sees the profile. */
class NeedsPagesIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aCouncilSubmitsNeedsAndTheHubSeesThemPooled() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(2030, 2100);
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
}
