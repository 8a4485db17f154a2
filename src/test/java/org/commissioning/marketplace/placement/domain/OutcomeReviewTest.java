package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.placement.domain.OutcomeReview.Details;
import org.commissioning.marketplace.placement.domain.OutcomeReview.GoalProgress;
import org.commissioning.marketplace.placement.domain.OutcomeReview.ReviewPoint;
import org.commissioning.marketplace.shared.domain.CallOffRoute;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.commissioning.marketplace.placement.domain.ReferralTest.T0;
import static org.commissioning.marketplace.placement.domain.ReferralTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutcomeReviewTest {

    private static final LocalDate START = TODAY.plusDays(7);

    private static Placement started() {
        Referral r = ReferralTest.raise(CallOffRoute.DIRECT_AWARD, Urgency.PLANNED, null);
        FeedbackInvitationTest.id(r, 7L);
        r.offer(11, ReferralTest.offer("700.00", 110, null), "p", T0.plusSeconds(10));
        r.accept(100, T0.plusSeconds(20));
        Placement p = Placement.agree(r, r.invitations().get(0), new BigDecimal("5"), "key", "c", T0.plusSeconds(20));
        FeedbackInvitationTest.id(p, 9L);
        p.start(START, "c", T0, START);
        return p;
    }

    private static Details review(ReviewPoint point, LocalDate on) {
        return new Details(point, on, 0, true, 96, true, 12, GoalProgress.PROGRESSING, "Settled well; new school going well.");
    }

    @Test
    void badFactsAreNamedAndNothingIsRecorded() {
        Placement p = started();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OutcomeReview.record(p, new Details(null,
                START.minusDays(1), -1, false, 90, null, 41, null, null), List.of(), "c", T0, START.plusMonths(4)));
        assertEquals(Set.of("point", "reviewedOn", "movesSinceLast", "attendancePct", "sdqScore", "goals"), e.fieldErrors().keySet());
        assertThrows(InvalidInputException.class, () -> OutcomeReview.record(p, review(ReviewPoint.THREE_MONTHS, START.plusMonths(5)),
                List.of(), "c", T0, START.plusMonths(4)), "not in the future");
    }

    @Test
    void reviewsFallThreeMonthsInThenEverySixMonthsAndEndWithTheReviewAtTheEnd() {
        Placement p = started();
        List<OutcomeReview> reviews = new ArrayList<>();
        assertEquals(START.plusMonths(3), OutcomeReview.nextDue(p, reviews));
        LocalDate today = START.plusMonths(10);
        reviews.add(OutcomeReview.record(p, review(ReviewPoint.THREE_MONTHS, START.plusMonths(3)), reviews, "c", T0, today));
        assertEquals(START.plusMonths(3).plusMonths(6), OutcomeReview.nextDue(p, reviews), "six months after the last review");
        assertThrows(ConflictException.class, () -> OutcomeReview.record(p, review(ReviewPoint.THREE_MONTHS, START.plusMonths(4)),
                reviews, "c", T0, today), "three months in only once");
        assertThrows(InvalidInputException.class, () -> OutcomeReview.record(p, review(ReviewPoint.SIX_MONTHLY, START.plusMonths(2)),
                reviews, "c", T0, today), "not before the last review");
        assertThrows(ConflictException.class, () -> OutcomeReview.record(p, review(ReviewPoint.ENDING, START.plusMonths(4)),
                reviews, "c", T0, today), "the end only once it has ended");
        reviews.add(OutcomeReview.record(p, review(ReviewPoint.SIX_MONTHLY, START.plusMonths(9)), reviews, "c", T0, today));
        p.end(START.plusMonths(10), Placement.Ending.PLANNED, "Returned home", "c", T0, today);
        assertEquals(START.plusMonths(10), OutcomeReview.nextDue(p, reviews), "the review at the end is due when it ends");
        reviews.add(OutcomeReview.record(p, review(ReviewPoint.ENDING, START.plusMonths(10)), reviews, "c", T0, today.plusDays(3)));
        assertNull(OutcomeReview.nextDue(p, reviews));
        assertThrows(ConflictException.class, () -> OutcomeReview.record(p, review(ReviewPoint.SIX_MONTHLY, START.plusMonths(10)),
                reviews, "c", T0, today.plusDays(3)), "nothing after the end");
    }
}
