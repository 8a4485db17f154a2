package org.commissioning.marketplace.placement.web;

import jakarta.json.JsonObject;
import org.commissioning.marketplace.testing.Agreements;
import org.commissioning.marketplace.testing.Api;
import org.commissioning.marketplace.testing.Browser;
import org.commissioning.marketplace.testing.Mail;
import org.commissioning.marketplace.testing.TestClock;
import org.commissioning.marketplace.testing.TestServices;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.commissioning.marketplace.testing.DemoUsers.BOLTON;
import static org.commissioning.marketplace.testing.DemoUsers.BRIGHTWATER;
import static org.commissioning.marketplace.testing.DemoUsers.EVALUATOR;
import static org.commissioning.marketplace.testing.DemoUsers.HUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child in placement says how things are, without an account: Bolton asks in its placement page,
 * the child answers on a phone that they do not feel safe, the council's contact is emailed at once
 * (without the answers) and has a task until they record what was done; the provider and the hub see
 * only counts, and only from five answers. Run by {@link CallOffPagesIT} in its deployment.
 */
final class ChildrensFeedback {

    private static final String WORRY = "Someone shouts at me at night and I am scared";

    private ChildrensFeedback() {
    }

    static void journey(Browser browser, URL url) throws Exception {
        Api bolton = Api.anonymous(url).asDemo(BOLTON);
        Api brightwater = Api.anonymous(url).asDemo(BRIGHTWATER);
        Api hub = Api.anonymous(url).asDemo(HUB);
        Api anyone = Api.anonymous(url);
        long placement = startedPlacementWithBrightwater(url, bolton);
        long provider = bolton.get("api/placements/" + placement).json().getJsonNumber("providerId").longValue();
        int before = brightwater.get("api/feedback-summary").json().getInt("answers");

        // The council asks the child (10 years old) in the placement page; the code is shown once.
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/placement.xhtml?id=" + placement);
        browser.click("invite:create");
        assertTrue(browser.pageText().contains("Choose who is asked"), "who is asked is required");
        browser.check("invite:respondent", "CHILD").check("invite:ageBand", "AGE_8_TO_12").click("invite:create");
        String code = browser.text("#issued-code");
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        browser.scrollTo("#issued").screenshot("council-feedback-code");
        browser.open("council/placement.xhtml?id=" + placement);
        assertFalse(browser.pageText().contains(code), "the code is never shown again");
        browser.signOut();

        // The child opens the form on a phone with the code typed in; nothing on it names them, the council or the provider.
        browser.forgetSession().open("feedback.xhtml");
        browser.type("enter:typed", code.toLowerCase().replace("-", " ")).click("enter:open");
        String form = browser.pageText();
        assertTrue(form.contains("Do you feel safe where you live?") && form.contains("Is school going well?"), form);
        assertTrue(form.contains("0800 1111"), "Childline is on the form");
        String reference = bolton.get("api/placements/" + placement).json().getString("childReference");
        assertFalse(form.contains(reference) || form.contains("Brightwater") || form.contains("Bolton"), form);
        browser.screenshot("feedback-form");
        browser.atPhoneWidth(() -> assertTrue(browser.withinWidth("#answers\\:send"), "the button is within a phone's width"));
        browser.check("answers:feelsSafe", "NO").check("answers:listenedTo", "SOMETIMES").check("answers:settled", "YES")
                .type("answers:whatWouldHelp", WORRY).click("answers:send");
        assertTrue(browser.text("#thanks-message").contains("someone from the council will be in touch"), browser.pageText());
        assertTrue(browser.text("#who-to-talk-to").contains("0800 1111"), browser.pageText());
        browser.screenshot("feedback-thanks");

        // Once only, even when sent twice at once; an unknown code is told plainly.
        assertEquals(409, anyone.get("api/feedback-forms/" + code).status());
        assertEquals(404, anyone.get("api/feedback-forms/AAAA-BBBB-CCCC").status());
        String again = anyone.post("api/feedback-forms/" + code, "{\"feelsSafe\":\"YES\"}").body();
        assertTrue(again.contains("used already"), again);

        // The named contact is emailed at once, without the answers, and has a task until they record what was done.
        String email = Mail.body(Mail.await(BOLTON, "Act today: feedback on placement " + reference));
        assertTrue(email.contains("council/placement.xhtml?id=" + placement + "#feedback"), email);
        assertFalse(email.contains("shouts") || email.contains("scared"), "the answers stay out of email");
        browser.signIn(BOLTON, Api.DEMO_PASSWORD).open("council/home.xhtml");
        assertTrue(browser.text("#tasks").contains("feedback on placement " + reference + " raises a safeguarding concern"),
                browser.text("#tasks"));
        browser.open("council/placement.xhtml?id=" + placement);
        String answers = browser.text("#feedback");
        assertTrue(answers.contains(WORRY) && answers.contains("the child said they do not feel safe")
                && answers.contains("wrote something that may tell of harm"), answers);
        browser.scrollTo("#feedback-heading").screenshot("council-feedback-concern");
        browser.click("answers:list:0:handled");
        assertTrue(browser.pageText().contains("Say what was done"), "an empty record is refused");
        browser.type("answers:list:0:action", "Social worker visited the same day; safety plan agreed with the carers.").click("answers:list:0:handled");
        assertTrue(browser.text("#feedback").contains("safety plan agreed"), browser.text("#feedback"));
        browser.open("council/home.xhtml");
        assertFalse(browser.text("#tasks").contains("raises a safeguarding concern"), "the task closes");
        browser.signOut();

        // At rest the child's words are sealed and the code is only a hash.
        try (Connection c = TestServices.connect();
             PreparedStatement s = c.prepareStatement("SELECT what_would_help, code_hash FROM feedback_invitation WHERE placement_id = ?")) {
            s.setLong(1, placement);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains("shouts"), "free text is encrypted");
                assertFalse(r.getString(2).contains(code.replace("-", "")), "the code is kept as a hash");
            }
        }

        // Nobody but the placing council reads one child's answers; counts start at five.
        assertFalse(brightwater.get("api/placements/" + placement + "/feedback").body().contains("shouts"));
        assertFalse(hub.get("api/placements/" + placement + "/feedback").body().contains("shouts"));
        assertFalse(Api.anonymous(url).asDemo(org.commissioning.marketplace.testing.DemoUsers.MANCHESTER)
                .get("api/placements/" + placement + "/feedback").body().contains("shouts"));
        JsonObject few = brightwater.get("api/feedback-summary").json();
        assertEquals(before + 1, few.getInt("answers"));
        if (before + 1 < 5) {
            assertFalse(few.getBoolean("shown"));
            assertTrue(few.getJsonArray("tallies").isEmpty(), few.toString());
        }
        for (int i = before + 1; i < 5; i++) {
            String next = invite(bolton, placement, "{\"respondent\":\"FAMILY\",\"validDays\":3}");
            assertEquals(200, anyone.post("api/feedback-forms/" + next, "{\"feelsSafe\":\"YES\",\"settled\":\"SOMETIMES\"}").status());
        }
        JsonObject counted = brightwater.get("api/feedback-summary").json();
        assertTrue(counted.getBoolean("shown"), counted.toString());
        JsonObject safe = counted.getJsonArray("tallies").getJsonObject(0);
        assertEquals("Feels safe", safe.getString("topic"));
        assertTrue(safe.getInt("no") >= 1 && safe.getInt("yes") + safe.getInt("sometimes") + safe.getInt("no") <= counted.getInt("answers"),
                counted.toString());
        assertFalse(counted.toString().contains("shouts"), "counts only");
        assertEquals(counted.getInt("answers"), hub.get("api/feedback-summary?provider=" + provider).json().getInt("answers"),
                "the hub sees the provider's counts from its councils");
        assertEquals(400, bolton.get("api/feedback-summary").status(), "a council names the provider");
        assertEquals(counted.getInt("answers"), bolton.get("api/feedback-summary?provider=" + provider).json().getInt("answers"),
                "a council of the hub, weighing offers, sees the same counts as the hub");
        assertEquals(403, Api.anonymous(url).asDemo(EVALUATOR)
                .get("api/feedback-summary?provider=" + provider).status());
        browser.signIn(BRIGHTWATER, Api.DEMO_PASSWORD).open("provider/performance.xhtml");
        assertTrue(browser.text("#feedback-tallies").contains("Feels safe"), browser.pageText());
        browser.scrollTo("#feedback-summary").screenshot("provider-feedback-counts");
        browser.signOut();
        browser.signIn(HUB, Api.DEMO_PASSWORD).open("hub/provider.xhtml?id=" + provider);
        assertTrue(browser.text("#feedback-tallies").contains("Feels safe"), browser.pageText());
        browser.signOut();

        // The youngest get three questions on a picture scale, and nothing about school.
        String young = invite(bolton, placement, "{\"respondent\":\"CHILD\",\"ageBand\":\"UNDER_8\"}");
        JsonObject pictures = anyone.get("api/feedback-forms/" + young).json();
        assertTrue(pictures.getBoolean("pictures"));
        assertEquals(3, pictures.getJsonArray("choices").size());
        assertFalse(pictures.toString().contains("school"), pictures.toString());
        browser.open("feedback.xhtml?code=" + young);
        assertTrue(browser.text("#answers").contains("Happy face"), browser.text("#answers"));
        browser.screenshot("feedback-pictures");

        // Bad input names the field; two answers sent at once with one code: exactly one is taken.
        String bad = bolton.post("api/placements/" + placement + "/feedback-invitations", "{\"respondent\":\"CHILD\",\"validDays\":99}").body();
        assertTrue(bad.contains("ageBand") && bad.contains("validDays"), bad);
        String raced = invite(bolton, placement, "{\"respondent\":\"CHILD\",\"ageBand\":\"AGE_13_PLUS\"}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> send = () -> {
                    go.await();
                    return Api.anonymous(url).post("api/feedback-forms/" + raced, "{\"feelsSafe\":\"YES\"}").status();
                };
                sent.add(pool.submit(send));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : sent) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String invite(Api council, long placement, String json) {
        Api.Response issued = council.post("api/placements/" + placement + "/feedback-invitations", json);
        assertEquals(201, issued.status(), issued.body());
        return issued.json().getString("code");
    }

    /** A placement of Bolton's with Brightwater, called off from a new agreement by direct award, started today. */
    static long startedPlacementWithBrightwater(URL url, Api bolton) throws Exception {
        return startedPlacementWithBrightwater(url, bolton, Agreements.liveFostering(url).agreementId(),
                "BOL-F" + (System.currentTimeMillis() % 1_000_000));
    }

    /** A placement of this child of Bolton's with Brightwater, called off from the agreement by direct award, started today. */
    static long startedPlacementWithBrightwater(URL url, Api bolton, long agreementId, String child) throws Exception {
        Api brightwater = Api.anonymous(url).asDemo(BRIGHTWATER);
        CallOffPagesIT.availability(brightwater, CallOffPagesIT.BRIGHTWATER_HOME, 1, "\"SIBLING_GROUP\"");
        Api.Response raised = bolton.post("api/referrals", Agreements.referral(agreementId, child, "BL3", 30, "\"SIBLING_GROUP\"", ""));
        assertEquals(201, raised.status(), raised.body());
        long referral = raised.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 100 && !brightwater.get("api/referrals/" + referral).body().contains("\"INVITED\""); i++) {
            Thread.sleep(200);
        }
        Api.Response offered = brightwater.post("api/referrals/" + referral + "/offer", "{\"weeklyFee\":900.00,\"startDate\":\""
                + TestClock.today() + "\",\"settingId\":" + CallOffPagesIT.settingId(brightwater, CallOffPagesIT.BRIGHTWATER_HOME)
                + ",\"notes\":\"Experienced carers.\"}");
        assertEquals(200, offered.status(), offered.body());
        long invitation = bolton.get("api/referrals/" + referral).json().getJsonArray("invitations").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Response accepted = bolton.post("api/referrals/" + referral + "/offers/" + invitation + "/acceptance", "");
        assertEquals(201, accepted.status(), accepted.body());
        long placement = accepted.json().getJsonNumber("id").longValue();
        Api.Response started = bolton.post("api/placements/" + placement + "/start", "{\"date\":\"" + TestClock.today() + "\"}");
        assertEquals(200, started.status(), started.body());
        return placement;
    }
}
