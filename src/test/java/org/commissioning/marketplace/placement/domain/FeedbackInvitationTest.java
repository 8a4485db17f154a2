package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.placement.domain.FeedbackForm.AgeBand;
import org.commissioning.marketplace.placement.domain.FeedbackForm.Respondent;
import org.commissioning.marketplace.placement.domain.FeedbackInvitation.Answers;
import org.commissioning.marketplace.shared.domain.CallOffRoute;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.commissioning.marketplace.placement.domain.ReferralTest.T0;
import static org.commissioning.marketplace.placement.domain.ReferralTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackInvitationTest {

    private static final Instant ISSUED = T0.plus(Duration.ofDays(10));

    private static Placement started() {
        Placement p = agreed();
        p.start(TODAY.plusDays(7), "c", T0, TODAY.plusDays(7));
        return p;
    }

    private static Placement agreed() {
        Referral r = ReferralTest.raise(CallOffRoute.DIRECT_AWARD, Urgency.PLANNED, null);
        id(r, 7L);
        r.offer(11, ReferralTest.offer("700.00", 110, null), "p", T0.plusSeconds(10));
        r.accept(100, T0.plusSeconds(20));
        Placement p = Placement.agree(r, r.invitations().get(0), new BigDecimal("5"), "key", "c", T0.plusSeconds(20));
        id(p, 9L);
        return p;
    }

    static void id(Object entity, long id) {
        try {
            java.lang.reflect.Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answers answers(FeedbackAnswer safe, String writing, boolean talk) {
        return new Answers(safe, FeedbackAnswer.YES, FeedbackAnswer.YES, FeedbackAnswer.YES, FeedbackAnswer.SOMETIMES, writing, null,
                null, talk);
    }

    @Test
    void anInvitationNeedsWhoIsAskedTheirAgeAndASensibleLifeAndAStartedPlacement() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FeedbackInvitation.issue(started(), Respondent.CHILD, null, 0, "c", "h", "c", ISSUED));
        assertEquals(Set.of("ageBand", "validDays"), e.fieldErrors().keySet());
        Placement agreed = agreed();
        assertThrows(ConflictException.class, () -> FeedbackInvitation.issue(agreed, Respondent.FAMILY, null, null, "c", "h", "c", ISSUED));
        FeedbackInvitation family = FeedbackInvitation.issue(started(), Respondent.FAMILY, AgeBand.UNDER_8, null, "c", "h", "c", ISSUED);
        assertNull(family.ageBand(), "a family's form has no age");
        assertEquals(ISSUED.plus(Duration.ofDays(FeedbackInvitation.DEFAULT_DAYS)), family.expiresAt());
    }

    @Test
    void answersAreTakenOnceWhileTheLinkWorksAndOnlyForQuestionsOnTheForm() {
        FeedbackInvitation young = FeedbackInvitation.issue(started(), Respondent.CHILD, AgeBand.UNDER_8, 7, "c", "h", "c", ISSUED);
        assertThrows(InvalidInputException.class, () -> young.answer(new Answers(null, null, null, null, FeedbackAnswer.YES, null,
                "Not on this form", null, false), ISSUED), "school and what would help are not on the youngest form: nothing was answered");
        assertFalse(young.answer(answers(FeedbackAnswer.YES, "My dog Biscuit", false), ISSUED.plusSeconds(60)));
        assertNull(young.school(), "the youngest are not asked about school");
        assertEquals(FeedbackAnswer.YES, young.settled());
        assertEquals(FeedbackStatus.ANSWERED, young.status());
        assertThrows(ConflictException.class, () -> young.answer(answers(FeedbackAnswer.NO, null, false), ISSUED.plusSeconds(90)));
        assertThrows(InvalidTransitionException.class, young::withdraw);

        FeedbackInvitation late = FeedbackInvitation.issue(started(), Respondent.CHILD, AgeBand.AGE_13_PLUS, 1, "c", "h", "c", ISSUED);
        assertThrows(ConflictException.class, () -> late.openForm(ISSUED.plus(Duration.ofDays(1))), "expired at its end");
        assertTrue(late.expired(ISSUED.plus(Duration.ofDays(1))));
        FeedbackInvitation withdrawn = FeedbackInvitation.issue(started(), Respondent.FAMILY, null, 5, "c", "h", "c", ISSUED);
        withdrawn.withdraw();
        assertThrows(ConflictException.class, () -> withdrawn.openForm(ISSUED));
    }

    @Test
    void notFeelingSafeAskingToTalkOrWordsOfHarmAreAConcernUntilSomeoneRecordsWhatWasDone() {
        FeedbackInvitation unsafe = FeedbackInvitation.issue(started(), Respondent.CHILD, AgeBand.AGE_8_TO_12, 7, "c", "h", "c", ISSUED);
        assertTrue(unsafe.answer(answers(FeedbackAnswer.NO, null, false), ISSUED));
        assertEquals("the child said they do not feel safe", unsafe.concern());
        FeedbackInvitation words = FeedbackInvitation.issue(started(), Respondent.CHILD, AgeBand.AGE_13_PLUS, 7, "c", "h", "c", ISSUED);
        assertTrue(words.answer(answers(FeedbackAnswer.YES, "He HIT me when I was late", true), ISSUED));
        assertEquals("asked to talk to someone about a worry; wrote something that may tell of harm", words.concern());
        assertFalse(FeedbackInvitation.worrying("I love my school and my white bike"), "whole words only");
        assertThrows(InvalidInputException.class, () -> words.handleConcern(" ", "c", ISSUED));
        words.handleConcern("Visited the same day.", "c", ISSUED.plusSeconds(3600));
        assertThrows(ConflictException.class, () -> words.handleConcern("Again", "c", ISSUED));
        FeedbackInvitation fine = FeedbackInvitation.issue(started(), Respondent.FAMILY, null, 7, "c", "h", "c", ISSUED);
        assertFalse(fine.answer(answers(FeedbackAnswer.SOMETIMES, "Contact visits are going well", false), ISSUED));
        assertThrows(ConflictException.class, () -> fine.handleConcern("Nothing", "c", ISSUED));
    }
}
