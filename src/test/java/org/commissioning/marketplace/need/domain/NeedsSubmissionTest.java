package org.commissioning.marketplace.need.domain;

import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeedsSubmissionTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final NeedsRound ROUND = NeedsRound.open(1, 2027, NOW.plus(Duration.ofDays(30)),
            List.of("Greater Manchester", "Lancashire"), "hub@example.org", NOW);

    static NeedLineSpec line(String subRegion, int placements) {
        return new NeedLineSpec(ServiceCategory.FOSTERING_STANDARD, NeedLevel.STANDARD, AgeBand.AGE_5_TO_10, subRegion,
                placements, 40, new BigDecimal("950.00"));
    }

    @Test
    void aLinesValueIsPlacementsTimesWeeksTimesFee() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        s.add(line("greater manchester", 12), ROUND, NOW);
        assertEquals("Greater Manchester", s.lines().get(0).subRegion(), "the hub's spelling is kept");
        assertEquals(Money.of("456000.00"), s.estimatedAnnualValue());
        assertEquals(12, s.placements());
    }

    @Test
    void theSameKeyMayAppearOnlyOnce() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        s.add(line("Greater Manchester", 12), ROUND, NOW);
        assertThrows(ConflictException.class, () -> s.add(line("GREATER MANCHESTER", 3), ROUND, NOW));
        s.add(line("Lancashire", 3), ROUND, NOW);
        assertEquals(2, s.lines().size());
    }

    @Test
    void anUnknownSubRegionIsRefused() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.add(line("Yorkshire", 1), ROUND, NOW));
        assertTrue(e.fieldErrors().get("subRegion").contains("Greater Manchester, Lancashire"));
    }

    @Test
    void submittedNeedsAreFrozenUntilReopened() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        s.add(line("Lancashire", 2), ROUND, NOW);
        s.submit("council@example.org", ROUND, NOW);
        assertEquals(SubmissionStatus.SUBMITTED, s.status());
        assertThrows(ConflictException.class, () -> s.add(line("Greater Manchester", 1), ROUND, NOW));
        assertThrows(InvalidTransitionException.class, () -> s.submit("council@example.org", ROUND, NOW));
        s.reopen(ROUND, NOW);
        s.add(line("Greater Manchester", 1), ROUND, NOW);
        assertEquals(SubmissionStatus.DRAFT, s.status());
    }

    @Test
    void emptyNeedsCannotBeSubmitted() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        assertEquals("lines", assertThrows(InvalidInputException.class,
                () -> s.submit("c@example.org", ROUND, NOW)).fieldErrors().keySet().iterator().next());
    }

    @Test
    void nothingChangesAfterTheDeadline() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        s.add(line("Lancashire", 2), ROUND, NOW);
        Instant late = ROUND.deadline();
        assertThrows(ConflictException.class, () -> s.add(line("Greater Manchester", 1), ROUND, late));
        assertThrows(ConflictException.class, () -> s.submit("c@example.org", ROUND, late));
        assertTrue(ROUND.isOpenAt(late.minusMillis(1)));
    }

    @Test
    void replacingLinesIsAllOrNothing() {
        NeedsSubmission s = NeedsSubmission.start(ROUND, 7);
        s.add(line("Lancashire", 2), ROUND, NOW);
        assertThrows(ConflictException.class,
                () -> s.checkReplacement(List.of(line("Greater Manchester", 1), line("greater manchester", 2)), ROUND, NOW));
        assertEquals("Lancashire", s.lines().get(0).subRegion());
        var replacement = s.checkReplacement(List.of(line("Greater Manchester", 1), line("Lancashire", 5)), ROUND, NOW);
        s.clearLines(ROUND, NOW);
        s.addAll(replacement);
        assertEquals(6, s.placements());
    }

    @Test
    void lineInputIsCheckedFieldByField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new NeedLineSpec(null, null, null,
                " ", 0, 53, new BigDecimal("10.001")));
        assertEquals(List.of("category", "needLevel", "ageBand", "subRegion", "placements", "weeks", "baselineWeeklyFee"),
                List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void aRoundNeedsAFutureDeadlineAndDistinctSubRegions() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> NeedsRound.open(1, 1999, NOW, List.of("Cheshire", "cheshire"), "h", NOW));
        assertEquals(List.of("planningYear", "deadline", "subRegions"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals("2027-28", ROUND.planningYearLabel());
    }

    @Test
    void submissionStatusMovesBothWaysOnly() {
        assertEquals(SubmissionStatus.SUBMITTED, SubmissionStatus.DRAFT.moveTo(SubmissionStatus.SUBMITTED));
        assertEquals(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED.moveTo(SubmissionStatus.DRAFT));
        assertThrows(InvalidTransitionException.class, () -> SubmissionStatus.DRAFT.moveTo(SubmissionStatus.DRAFT));
        assertThrows(InvalidTransitionException.class, () -> SubmissionStatus.SUBMITTED.moveTo(SubmissionStatus.SUBMITTED));
    }
}
