package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.commissioning.marketplace.shared.domain.Lifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A framework agreement and its members live their lifecycles: every transition, the term, its extension. */
class AgreementLifecycleTest {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final LocalDate END = LocalDate.of(2031, 3, 31);

    static FrameworkAgreement agreement(LocalDate end, int extensionMonths) {
        Award award = new Award(7, "hub@example.org", List.of(
                new AwardLine(1, new LotRanking.Ranked(1, 11, 101, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE), true, "{}"),
                new AwardLine(1, new LotRanking.Ranked(2, 12, 102, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN), false, "{}")),
                NOW);
        return FrameworkAgreement.from(award, end, extensionMonths, NOW);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "LIVE, LIVE, false", "LIVE, EXPIRED, true", "LIVE, TERMINATED, true", "LIVE, REPLACED, true",
        "EXPIRED, LIVE, false", "EXPIRED, EXPIRED, false", "EXPIRED, TERMINATED, false", "EXPIRED, REPLACED, false",
        "TERMINATED, LIVE, false", "TERMINATED, EXPIRED, false", "TERMINATED, TERMINATED, false", "TERMINATED, REPLACED, false",
        "REPLACED, LIVE, false", "REPLACED, EXPIRED, false", "REPLACED, TERMINATED, false", "REPLACED, REPLACED, false"
    })
    void agreementTransitions(AgreementStatus from, AgreementStatus to, boolean allowed) {
        transition(from, to, allowed);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "ACTIVE, ACTIVE, false", "ACTIVE, SUSPENDED, true", "ACTIVE, REMOVED, true",
        "SUSPENDED, ACTIVE, true", "SUSPENDED, SUSPENDED, false", "SUSPENDED, REMOVED, true",
        "REMOVED, ACTIVE, false", "REMOVED, SUSPENDED, false", "REMOVED, REMOVED, false"
    })
    void memberTransitions(MemberStatus from, MemberStatus to, boolean allowed) {
        transition(from, to, allowed);
    }

    /** A move in the table is made; any other is refused, naming both statuses. */
    static <S extends Enum<S> & Lifecycle<S>> void transition(S from, S to, boolean allowed) {
        if (allowed) {
            assertEquals(to, from.moveTo(to));
        } else {
            assertEquals("Cannot change from " + from.label().toLowerCase() + " to " + to.label().toLowerCase() + ".",
                    assertThrows(InvalidTransitionException.class, () -> from.moveTo(to)).getMessage());
        }
    }

    @Test
    void aLiveAgreementTakesCallOffsInItsTermAndExpiresTheDayAfterItEnds() {
        FrameworkAgreement a = agreement(END, 0);
        assertEquals(AgreementStatus.LIVE, a.status());
        assertEquals(1, a.members().size(), "only the appointed line becomes a member");
        a.requireOpenForCallOffs(END);
        assertFalse(a.expireIfDue(END, NOW), "live on its last day");
        assertTrue(a.expireIfDue(END.plusDays(1), NOW));
        assertEquals(AgreementStatus.EXPIRED, a.status());
        assertFalse(a.expireIfDue(END.plusDays(2), NOW), "once");
        assertTrue(assertThrows(ConflictException.class, () -> a.requireOpenForCallOffs(END.plusDays(2))).getMessage().contains("expired"));
        assertThrows(ConflictException.class, () -> a.admit(1, 103, "{}"), "an expired agreement admits nobody");
    }

    @Test
    void theTermIsExtendedOnlyWithinTheExtensionTheTenderAllowed() {
        FrameworkAgreement none = agreement(END, 0);
        assertEquals("The tender allowed no extension of the term.",
                assertThrows(InvalidInputException.class, () -> none.extendTo(END.plusMonths(1), "Market review delayed", "hub@example", NOW)).fieldErrors().get("endsOn"));
        FrameworkAgreement a = agreement(END, 12);
        assertEquals(END.plusMonths(12), a.latestEnd());
        assertTrue(assertThrows(InvalidInputException.class, () -> a.extendTo(END.plusMonths(13), "Market review delayed", "hub@example", NOW))
                .fieldErrors().get("endsOn").contains("at the latest"));
        assertTrue(assertThrows(InvalidInputException.class, () -> a.extendTo(END.minusDays(1), "Market review delayed", "hub@example", NOW))
                .fieldErrors().containsKey("endsOn"));
        assertTrue(assertThrows(InvalidInputException.class, () -> a.extendTo(END.plusMonths(6), "short", "hub@example", NOW))
                .fieldErrors().containsKey("reason"));
        a.extendTo(END.plusMonths(6), "Market review delayed by a year", "hub@example", NOW);
        assertEquals(END.plusMonths(6), a.endsOn());
        assertFalse(a.expireIfDue(END.plusDays(1), NOW), "the extension keeps it live");
        a.requireOpenForCallOffs(END.plusMonths(6));
        assertEquals(1, a.modifications().size(), "only the extension that took effect is kept");
        AgreementModification kept = a.modifications().get(0);
        assertEquals(AgreementModification.Kind.TERM_EXTENDED, kept.kind());
        assertEquals(END, kept.previousEnd());
        assertEquals(END.plusMonths(6), kept.newEnd());
        assertEquals("Market review delayed by a year", kept.description());
    }

    @Test
    void aDynamicMarketsTermsAreModifiedWhileLiveAndAGivenCessationDayEndsIt() {
        FrameworkAgreement market = agreement(null, 0);
        LocalDate today = LocalDate.of(2027, 3, 1);
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> market.modifyDynamicMarket("Too short", today, today, "hub@example", NOW));
        assertEquals(java.util.Set.of("description", "ceasesOn"), bad.fieldErrors().keySet(), "every field at once");
        assertTrue(market.modifications().isEmpty(), "a refused modification changes nothing");
        AgreementModification first = market.modifyDynamicMarket("Conditions of participation now ask for a local office",
                null, today, "hub@example", NOW);
        assertEquals(null, market.endsOn(), "no cessation day given: the market runs on");
        assertEquals(AgreementModification.Kind.DYNAMIC_MARKET_MODIFIED, first.kind());
        market.modifyDynamicMarket("The market will cease when the new regional framework starts", today.plusMonths(6), today,
                "hub@example", NOW.plusSeconds(60));
        assertEquals(today.plusMonths(6), market.endsOn());
        assertEquals(2, market.modifications().size());
        assertEquals(today.plusMonths(6), market.modifications().get(1).newEnd());
        assertFalse(market.expireIfDue(today.plusMonths(6), NOW), "live on its last day");
        assertTrue(market.expireIfDue(today.plusMonths(6).plusDays(1), NOW), "ceases after it");
        assertThrows(InvalidTransitionException.class, () -> market.modifyDynamicMarket(
                "A market that has ceased is modified again", null, today, "hub@example", NOW));
    }

    @Test
    void aReopenedFrameworksOldMembershipIsReplacedOnceAndTakesNoMoreCallOffs() {
        FrameworkAgreement a = agreement(END, 12);
        a.replaceBy("T-000042", NOW);
        assertEquals(AgreementStatus.REPLACED, a.status());
        assertEquals(NOW, a.endedAt());
        assertThrows(InvalidTransitionException.class, () -> a.replaceBy("T-000043", NOW));
        assertThrows(InvalidTransitionException.class, () -> a.terminate("Ended after it was replaced", NOW));
        assertFalse(a.expireIfDue(END.plusDays(1), NOW));
        assertThrows(ConflictException.class, () -> a.requireOpenForCallOffs(END));
    }

    @Test
    void anAgreementIsTerminatedEarlyWithAReasonAndThenNothingElse() {
        FrameworkAgreement a = agreement(END, 12);
        assertTrue(assertThrows(InvalidInputException.class, () -> a.terminate(" ", NOW)).fieldErrors().containsKey("reason"));
        a.terminate("The hub re-procures the service under a new model", NOW);
        assertEquals(AgreementStatus.TERMINATED, a.status());
        assertEquals(NOW, a.endedAt());
        assertThrows(InvalidTransitionException.class, () -> a.terminate("Again, for another reason", NOW));
        assertThrows(InvalidTransitionException.class, () -> a.extendTo(END.plusMonths(1), "Market review delayed", "hub@example", NOW));
        assertFalse(a.expireIfDue(END.plusDays(1), NOW));
        assertTrue(assertThrows(ConflictException.class, () -> a.requireOpenForCallOffs(END)).getMessage().contains("terminated"));
    }

    @Test
    void aDynamicMarketHasNoEndToExtendOrExpire() {
        FrameworkAgreement a = agreement(null, 0);
        assertFalse(a.expireIfDue(LocalDate.of(2099, 1, 1), NOW));
        a.requireOpenForCallOffs(LocalDate.of(2099, 1, 1));
        assertEquals("This agreement has no end date to extend.",
                assertThrows(InvalidInputException.class, () -> a.extendTo(LocalDate.of(2040, 1, 1), "Market review delayed", "hub@example", NOW))
                        .fieldErrors().get("endsOn"));
    }

    @Test
    void aMemberIsSuspendedReinstatedOrRemovedWithAReason() {
        AgreementMember m = agreement(END, 0).members().get(0);
        assertTrue(assertThrows(InvalidInputException.class, () -> m.changeStatus("PAUSED", "Safeguarding concern raised"))
                .fieldErrors().containsKey("status"));
        assertTrue(assertThrows(InvalidInputException.class, () -> m.changeStatus("SUSPENDED", "short")).fieldErrors().containsKey("reason"));
        m.changeStatus("suspended", "Safeguarding concern raised");
        assertEquals(MemberStatus.SUSPENDED, m.status());
        m.changeStatus("ACTIVE", "Concern investigated and closed");
        m.changeStatus("REMOVED", "Provider left the market");
        assertThrows(InvalidTransitionException.class, () -> m.changeStatus("ACTIVE", "Provider came back again"));
    }
}
