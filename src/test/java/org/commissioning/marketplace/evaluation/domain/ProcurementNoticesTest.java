package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.evaluation.domain.ProcurementNotices.Code;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices.Facts;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices.Notice;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices.State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProcurementNoticesTest {
    static final Instant PUBLISHED = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant AWARDED = Instant.parse("2026-05-11T09:00:00Z");
    static final Instant LIVE = Instant.parse("2026-05-22T00:00:00Z");
    static final Instant ENDED = Instant.parse("2027-01-15T12:00:00Z");

    private static Map<Code, State> states(List<Notice> notices) {
        return notices.stream().collect(Collectors.toMap(Notice::code, Notice::state, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aFrameworkInEvaluationHasItsTenderNoticeAndTheAwardAndDetailsNoticesAhead() {
        List<Notice> notices = ProcurementNotices.of(new Facts(false, PUBLISHED, PUBLISHED, null, null, null, null, null, false),
                PUBLISHED.plus(Duration.ofDays(40)));
        assertEquals(Map.of(Code.UK4, State.PUBLISHED, Code.UK6, State.EXPECTED, Code.UK7, State.EXPECTED), states(notices));
        assertEquals(List.of(Code.UK4, Code.UK6, Code.UK7), notices.stream().map(Notice::code).toList(), "in the order they fall due");
        assertNull(notices.get(2).dueBy(), "no date until the agreement is entered into");
    }

    @Test
    void aLiveAgreementEndedEarlyCallsForTheTerminationNoticeWithinThirtyDays() {
        Facts ended = new Facts(false, PUBLISHED, PUBLISHED, null, null, AWARDED, LIVE, ENDED, true);
        List<Notice> notices = ProcurementNotices.of(ended, ENDED.plus(Duration.ofDays(1)));
        assertEquals(Map.of(Code.UK4, State.PUBLISHED, Code.UK6, State.PUBLISHED, Code.UK7, State.PUBLISHED, Code.UK11, State.PUBLISHED),
                states(notices));
        assertEquals(LIVE.plus(Duration.ofDays(30)), notices.get(2).dueBy());
        assertEquals(ENDED.plus(Duration.ofDays(30)), notices.get(3).dueBy());
        Facts expired = new Facts(false, PUBLISHED, PUBLISHED, null, null, AWARDED, LIVE, ENDED, false);
        assertEquals(List.of(Code.UK4, Code.UK6, Code.UK7), ProcurementNotices.of(expired, ENDED).stream().map(Notice::code).toList(),
                "an agreement that runs its term needs no termination notice");
    }

    @Test
    void aDynamicMarketHasItsEstablishmentAndCessationNotices() {
        Facts live = new Facts(true, PUBLISHED, PUBLISHED, null, null, AWARDED, LIVE, null, false);
        assertEquals(Map.of(Code.UK4, State.PUBLISHED, Code.UK6, State.PUBLISHED, Code.UK7, State.PUBLISHED, Code.UK13, State.PUBLISHED,
                Code.UK15, State.EXPECTED), states(ProcurementNotices.of(live, LIVE)));
        Facts ceased = new Facts(true, PUBLISHED, PUBLISHED, null, null, AWARDED, LIVE, ENDED, true);
        assertEquals(State.PUBLISHED, states(ProcurementNotices.of(ceased, ENDED)).get(Code.UK15));
    }

    @Test
    void aCancelledTenderNeedsTheProcurementTerminationNoticeAndNothingAfter() {
        Instant cancelled = PUBLISHED.plus(Duration.ofDays(10));
        Facts withNotice = new Facts(false, PUBLISHED, PUBLISHED, cancelled, cancelled, null, null, null, false);
        assertEquals(Map.of(Code.UK4, State.PUBLISHED, Code.UK12, State.PUBLISHED), states(ProcurementNotices.of(withNotice, cancelled)));
        Facts draftCancelled = new Facts(false, null, null, cancelled, null, null, null, null, false);
        assertEquals(Map.of(Code.UK4, State.EXPECTED), states(ProcurementNotices.of(draftCancelled, cancelled)),
                "a draft never published needs no notice");
    }

    @Test
    void aNoticeWhoseEventPassedWithoutPublicationIsDueThenOverdue() {
        Facts missing = new Facts(false, PUBLISHED, PUBLISHED, PUBLISHED.plus(Duration.ofDays(3)), null, null, null, null, false);
        Instant cancelled = PUBLISHED.plus(Duration.ofDays(3));
        assertEquals(State.OVERDUE, states(ProcurementNotices.of(missing, cancelled.plusSeconds(1))).get(Code.UK12),
                "as soon as practicable: overdue once the event is past");
        assertEquals(State.DUE, states(ProcurementNotices.of(missing, cancelled)).get(Code.UK12));
    }

    @Test
    void aDraftMayStillEngageTheMarketAndAnEngagementNoticeComesBeforeTheTenderNotice() {
        Facts draft = new Facts(false, null, null, null, null, null, null, null, false);
        List<Notice> notices = ProcurementNotices.of(draft, PUBLISHED);
        assertEquals(List.of(Code.UK2, Code.UK4, Code.UK6, Code.UK7), notices.stream().map(Notice::code).toList());
        assertEquals(State.OPTIONAL, notices.get(0).state(), "a draft that has not engaged the market may still");
        Instant engaged = PUBLISHED.minus(Duration.ofDays(40));
        Facts withEngagement = new Facts(false, engaged, PUBLISHED, PUBLISHED, null, null, null, null, null, false, List.of());
        Notice uk2 = ProcurementNotices.of(withEngagement, PUBLISHED).get(0);
        assertEquals(Code.UK2, uk2.code());
        assertEquals(State.PUBLISHED, uk2.state());
        assertEquals(engaged, uk2.publishedAt());
        assertEquals(Map.of(Code.UK4, State.PUBLISHED, Code.UK6, State.EXPECTED, Code.UK7, State.EXPECTED),
                states(ProcurementNotices.of(new Facts(false, PUBLISHED, PUBLISHED, null, null, null, null, null, false), PUBLISHED)),
                "once the tender notice is out without one, no engagement notice is called for");
    }

    @Test
    void eachModificationOfADynamicMarketHasItsOwnNoticeBetweenEstablishmentAndCessation() {
        Instant first = LIVE.plus(Duration.ofDays(30));
        Instant second = LIVE.plus(Duration.ofDays(90));
        Facts ceased = new Facts(true, null, PUBLISHED, PUBLISHED, null, null, AWARDED, LIVE, ENDED, false, List.of(first, second));
        List<Notice> notices = ProcurementNotices.of(ceased, ENDED);
        assertEquals(List.of(Code.UK4, Code.UK6, Code.UK7, Code.UK13, Code.UK14, Code.UK14, Code.UK15),
                notices.stream().map(Notice::code).toList());
        assertEquals(List.of(first, second), notices.stream().filter(n -> n.code() == Code.UK14).map(Notice::publishedAt).toList());
        Facts framework = new Facts(false, null, PUBLISHED, PUBLISHED, null, null, AWARDED, LIVE, null, false, List.of(first));
        assertEquals(List.of(Code.UK4, Code.UK6, Code.UK7), ProcurementNotices.of(framework, ENDED).stream().map(Notice::code).toList(),
                "a framework's extension is no dynamic market notice");
    }
}
