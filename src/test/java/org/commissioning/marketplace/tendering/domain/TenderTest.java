package org.commissioning.marketplace.tendering.domain;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenderTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant CLARIFICATION = NOW.plus(Duration.ofDays(20));
    static final Instant BIDS = NOW.plus(Duration.ofDays(30));

    static Tender.Plan plan(Procedure procedure, LocalDate start, LocalDate end, List<LocalDate> reopenings) {
        return new Tender.Plan("Fostering framework", "Fostering for the North West", procedure, start, end, reopenings,
                CLARIFICATION, BIDS, LocalDate.of(2027, 1, 15), 8, null);
    }

    static Tender ready() {
        Tender t = Tender.draft(1, plan(Procedure.FRAMEWORK, LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31), List.of()),
                "hub@example.org", NOW);
        t.addLot("Standard fostering", ServiceCategory.FOSTERING_STANDARD, "Greater Manchester", NeedLevel.STANDARD, 30,
                Money.of("1000000.00"));
        t.addCriterion(1, CriterionKind.QUALITY, "Safeguarding approach", 60, 10, "Describe...");
        t.addCriterion(1, CriterionKind.PRICE, "Weekly fees", 40, null, null);
        t.declare("hub@example.org", false, null, null, NOW);
        return t;
    }

    // ---- the transition table, every pair

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "DRAFT, PUBLISHED", "DRAFT, CANCELLED",
        "PUBLISHED, CLARIFICATION_CLOSED", "PUBLISHED, CANCELLED",
        "CLARIFICATION_CLOSED, BIDS_CLOSED", "CLARIFICATION_CLOSED, CANCELLED",
        "BIDS_CLOSED, IN_EVALUATION", "BIDS_CLOSED, CANCELLED",
        "IN_EVALUATION, AWARDED", "IN_EVALUATION, CANCELLED"
    })
    void allowedMoves(TenderStatus from, TenderStatus to) {
        assertEquals(to, from.moveTo(to));
    }

    @ParameterizedTest(name = "from {0} only the listed moves")
    @EnumSource(TenderStatus.class)
    void everyOtherMoveIsRefused(TenderStatus from) {
        for (TenderStatus to : TenderStatus.values()) {
            if (!from.next().contains(to)) {
                InvalidTransitionException e = assertThrows(InvalidTransitionException.class, () -> from.moveTo(to));
                assertEquals("Cannot change from " + from.label().toLowerCase() + " to " + to.label().toLowerCase() + ".",
                        e.getMessage());
            }
        }
        assertTrue(TenderStatus.AWARDED.next().isEmpty() && TenderStatus.CANCELLED.next().isEmpty());
    }

    // ---- preliminary market engagement

    @Test
    void aDraftEngagesTheMarketOnceAndOnlyBeforeItsTenderNotice() {
        Tender t = ready();
        LocalDate today = LocalDate.ofInstant(NOW, java.time.ZoneId.of("Europe/London"));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> t.engageMarket("short", " ", today, today));
        assertEquals(java.util.Set.of("description", "howToRespond", "closesOn"), bad.fieldErrors().keySet(), "every field at once");
        assertTrue(assertThrows(InvalidInputException.class, () -> t.engageMarket("We want to test the lot structure with providers",
                "Come to the market event", LocalDate.ofInstant(BIDS, java.time.ZoneId.of("Europe/London")), today))
                .fieldErrors().get("closesOn").contains("before the planned bid deadline"));
        assertEquals(null, t.engagementDescription(), "a refused engagement records nothing");
        t.engageMarket("  We want to test the lot structure with providers ", "Come to the market event", today.plusDays(5), today);
        assertEquals("We want to test the lot structure with providers", t.engagementDescription());
        assertEquals(today.plusDays(5), t.engagementClosesOn());
        assertThrows(ConflictException.class, () -> t.engageMarket("We want to test the lot structure again",
                "Come to the second event", today.plusDays(6), today), "one engagement notice a tender");
        Tender published = ready();
        published.publish(NOW);
        assertThrows(ConflictException.class, () -> published.engageMarket("We want to test the lot structure with providers",
                "Come to the market event", today.plusDays(5), today), "only before the tender notice");
    }

    // ---- publication rules

    @Test
    void aCompleteDraftPublishesAndWaitsForItsClarificationDeadline() {
        Tender t = ready();
        t.publish(NOW);
        assertEquals(TenderStatus.PUBLISHED, t.status());
        assertEquals(NOW, t.publishedAt());
        assertEquals(CLARIFICATION, t.nextCheck());
        assertThrows(ConflictException.class, () -> t.addSelectionQuestion("Insurance of £5m?", null),
                "a published tender no longer changes");
    }

    @Test
    void weightsMustTotalOneHundredPerLot() {
        Tender t = ready();
        t.addLot("Complex fostering", ServiceCategory.FOSTERING_SPECIALIST, null, NeedLevel.COMPLEX, 5, Money.of("200000"));
        t.addCriterion(2, CriterionKind.QUALITY, "Therapeutic model", 70, 10, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.publish(NOW));
        assertEquals("Lot 2's award criteria weigh 70%: they must total 100%.", e.fieldErrors().get("lot 2"));
        assertEquals(TenderStatus.DRAFT, t.status());
        InvalidInputException over = assertThrows(InvalidInputException.class,
                () -> t.addCriterion(2, CriterionKind.PRICE, "Fees", 40, null, null));
        assertTrue(over.fieldErrors().get("weight").contains("110%"));
    }

    @Test
    void everythingInADraftCanBeCorrectedOrRemovedUntilPublication() {
        Tender t = ready();
        t.addLot("Lot 2: Complex fostering", ServiceCategory.FOSTERING_SPECIALIST, null, NeedLevel.COMPLEX, 5, Money.of("200000"));
        assertEquals("Complex fostering", t.lot(2).title(), "the number is not typed twice");
        t.addLot("Solo residential", ServiceCategory.RESIDENTIAL_SOLO, null, null, 2, Money.of("500000"));
        t.reviseLot(3, "Lot 3 - Solo and dual residential", ServiceCategory.RESIDENTIAL_SOLO, "Lancashire", NeedLevel.COMPLEX,
                3, Money.of("600000"), PriceFormula.LOWEST_PRICE_RATIO);
        assertEquals("Solo and dual residential", t.lot(3).title());
        assertEquals("Lancashire", t.lot(3).subRegion());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> t.reviseLot(3, "Lot 3:", null, null, null, 0, Money.ZERO, null));
        assertEquals(java.util.Set.of("title", "category"), blank.fieldErrors().keySet());
        assertEquals("Solo and dual residential", t.lot(3).title(), "a refused change changes nothing");

        t.removeLot(2);
        assertTrue(t.closeLotNumbers());
        assertEquals(List.of(1, 2), t.lots().stream().map(Lot::number).toList());
        assertEquals("Solo and dual residential", t.lot(2).title());
        assertTrue(!t.closeLotNumbers(), "numbers already close");

        t.addSelectionQuestion("First question?", null);
        t.addSelectionQuestion("Second question?", null);
        t.addSelectionQuestion("Third question?", null);
        t.reviseSelectionQuestion(3, "Third, corrected?", "Say yes or no");
        t.removeSelectionQuestion(1);
        assertEquals(List.of("1 Second question?", "2 Third, corrected?"),
                t.selectionQuestions().stream().map(q -> q.position() + " " + q.question()).toList());

        t.addTeamMember("evaluator@example.org");
        t.removeTeamMember("evaluator@example.org");
        assertEquals(List.of("hub@example.org"), t.team().stream().map(TeamMember::username).toList());
        assertThrows(ConflictException.class, () -> t.removeTeamMember("hub@example.org"), "a tender keeps one member");

        t.removeLot(2);
        t.publish(NOW);
        assertThrows(ConflictException.class, () -> t.removeLot(1), "after publication, changes go through clarifications");
        assertThrows(ConflictException.class, () -> t.removeSelectionQuestion(1));
        assertThrows(ConflictException.class, () -> t.reviseLot(1, "New", ServiceCategory.FOSTERING_STANDARD, null, null, 0,
                Money.ZERO, null));
    }

    @Test
    void everyTeamMemberMustDeclareBeforePublication() {
        Tender t = ready();
        t.addTeamMember("evaluator@example.org");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.publish(NOW));
        assertTrue(e.fieldErrors().get("declarations").contains("evaluator@example.org"));
        assertThrows(InvalidInputException.class, () -> t.declare("evaluator@example.org", true, "Was a director of a bidder", " ", NOW),
                "an interest needs its mitigation");
        t.declare("evaluator@example.org", true, "Was a director of a bidder until 2024", "Does not score that bidder", NOW);
        t.publish(NOW);
        assertEquals(TenderStatus.PUBLISHED, t.status());
    }

    @Test
    void onlyTeamMembersDeclare() {
        assertThrows(ConflictException.class, () -> ready().declare("someone@example.org", false, null, null, NOW));
    }

    @Test
    void aDynamicMarketStatesNoAwardRule() {
        Tender t = Tender.draft(1, plan(Procedure.DYNAMIC_MARKET, LocalDate.of(2027, 4, 1), null, List.of()), "h@x.org", NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.stateAwardRule(null, java.math.BigDecimal.valueOf(60)));
        assertTrue(e.fieldErrors().get("appointPerLot").contains("conditions of participation"), e.fieldErrors().toString());
        assertNull(t.scoreThreshold());
        assertThrows(InvalidInputException.class, () -> t.stateAwardRule(3, null));
    }

    @Test
    void aTenderWithoutLotsCannotBePublished() {
        Tender t = Tender.draft(1, plan(Procedure.DYNAMIC_MARKET, LocalDate.of(2027, 4, 1), null, List.of()), "h@x.org", NOW);
        t.declare("h@x.org", false, null, null, NOW);
        assertEquals("Add at least one lot.", assertThrows(InvalidInputException.class, () -> t.publish(NOW))
                .fieldErrors().get("lots"));
    }

    @Test
    void deadlinesMustBeInOrderAndStandstillAtLeastEightWorkingDays() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Tender.draft(1,
                new Tender.Plan("T", "D", Procedure.FRAMEWORK, LocalDate.of(2027, 4, 1), LocalDate.of(2029, 1, 1), null,
                        BIDS, CLARIFICATION, LocalDate.of(2026, 12, 1), 7, null), "h", NOW));
        assertEquals(List.of("clarificationDeadline", "plannedAward", "standstillDays"), List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void aDraftWithDeadlinesThatHavePassedIsRefusedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Tender.draft(1,
                plan(Procedure.FRAMEWORK, LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31), List.of()), "h", BIDS));
        assertEquals("The clarification deadline has passed: give a time after now.", e.fieldErrors().get("clarificationDeadline"));
        assertEquals("The bid deadline has passed: give a time after now.", e.fieldErrors().get("bidDeadline"));
        Tender t = ready();
        assertTrue(assertThrows(InvalidInputException.class, () -> t.redraft(plan(Procedure.FRAMEWORK, LocalDate.of(2027, 4, 1),
                LocalDate.of(2031, 3, 31), List.of()), CLARIFICATION.plusSeconds(1))).fieldErrors().containsKey("clarificationDeadline"));
    }

    @Test
    void aPassedClarificationDeadlineStopsPublication() {
        Tender t = ready();
        assertTrue(t.publicationProblems(CLARIFICATION).containsKey("clarificationDeadline"));
    }

    // ---- time drives the tender

    @Test
    void deadlinesMoveAPublishedTenderOnIdempotently() {
        Tender t = ready();
        t.publish(NOW);
        assertEquals(List.of(), t.advance(CLARIFICATION.minusMillis(1)));
        assertEquals(List.of(TenderStatus.CLARIFICATION_CLOSED), t.advance(CLARIFICATION));
        assertEquals(BIDS, t.nextCheck());
        assertEquals(List.of(), t.advance(CLARIFICATION), "a second visit changes nothing");
        assertEquals(List.of(TenderStatus.BIDS_CLOSED), t.advance(BIDS));
        assertNull(t.nextCheck());
        t.startEvaluation();
        assertEquals(TenderStatus.IN_EVALUATION, t.status());
    }

    @Test
    void aLateVisitCatchesUpWithBothDeadlines() {
        Tender t = ready();
        t.publish(NOW);
        assertEquals(List.of(TenderStatus.CLARIFICATION_CLOSED, TenderStatus.BIDS_CLOSED), t.advance(BIDS.plusSeconds(60)));
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheTender() {
        Tender t = ready();
        t.publish(NOW);
        assertThrows(InvalidInputException.class, () -> t.cancel(" "));
        t.cancel("Demand changed after local government reorganisation");
        assertEquals(TenderStatus.CANCELLED, t.status());
        assertNull(t.nextCheck());
        assertThrows(InvalidTransitionException.class, t::startEvaluation);
    }

    // ---- the Procurement Act's limits on terms

    @Test
    void aLightTouchFrameworkMayRunBeyondFourYears() {
        assertEquals(List.of(), Procedure.FRAMEWORK.termProblems(LocalDate.of(2027, 4, 1), LocalDate.of(2033, 3, 31), List.of()));
        assertEquals(List.of("Enter the date the framework ends."),
                Procedure.FRAMEWORK.termProblems(LocalDate.of(2027, 4, 1), null, List.of()));
    }

    @Test
    void anOpenFrameworkLastsAtMostEightYearsAndReopensOnTime() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        assertEquals(List.of(), Procedure.OPEN_FRAMEWORK.termProblems(start, LocalDate.of(2034, 3, 31),
                List.of(LocalDate.of(2028, 4, 1), LocalDate.of(2031, 4, 1))));
        assertTrue(Procedure.OPEN_FRAMEWORK.termProblems(start, LocalDate.of(2034, 4, 2),
                List.of(LocalDate.of(2028, 4, 1), LocalDate.of(2031, 4, 1))).get(0).contains("at most 8 years"));
        assertTrue(Procedure.OPEN_FRAMEWORK.termProblems(start, LocalDate.of(2030, 3, 31), List.of()).get(0)
                .contains("within its first 3 years"));
        assertTrue(Procedure.OPEN_FRAMEWORK.termProblems(start, LocalDate.of(2034, 3, 31),
                List.of(LocalDate.of(2029, 5, 1))).get(0).contains("within its first 3 years"));
        assertTrue(String.join(" ", Procedure.OPEN_FRAMEWORK.termProblems(start, LocalDate.of(2034, 3, 31),
                List.of(LocalDate.of(2027, 4, 1)))).contains("every 5 years until it ends"));
    }

    @Test
    void aDynamicMarketHasNoTimeLimit() {
        assertEquals(List.of(), Procedure.DYNAMIC_MARKET.termProblems(LocalDate.of(2027, 4, 1), null, List.of()));
        assertEquals(List.of(), Procedure.DYNAMIC_MARKET.termProblems(LocalDate.of(2027, 4, 1), LocalDate.of(2047, 4, 1), null));
    }

    @Test
    void anAwardedOpenFrameworkReopensWithinEachWindowOnTheSameTerms() {
        LocalDate reopens = LocalDate.of(2028, 4, 1);
        Tender t = Tender.draft(1, plan(Procedure.OPEN_FRAMEWORK, LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31),
                List.of(reopens, LocalDate.of(2030, 4, 1))), "hub@example.org", NOW);
        t.addLot("Standard fostering", ServiceCategory.FOSTERING_STANDARD, "Greater Manchester", NeedLevel.STANDARD, 30,
                Money.of("1000000.00"), PriceFormula.LINEAR_FROM_LOWEST);
        t.addCriterion(1, CriterionKind.QUALITY, "Safeguarding approach", 60, 10, "Describe...");
        t.addCriterion(1, CriterionKind.PRICE, "Weekly fees", 40, null, null);
        t.addSelectionQuestion("Is any setting judged inadequate?", null);
        t.stateAwardRule(3, null);
        t.declare("hub@example.org", false, null, null, NOW);
        assertThrows(ConflictException.class, () -> t.reopeningDue(reopens), "only once it is awarded");
        t.publish(NOW);
        t.advance(BIDS);
        t.startEvaluation();
        t.awarded();

        assertTrue(assertThrows(ConflictException.class, () -> t.reopeningDue(reopens.minusDays(1))).getMessage()
                .contains("reopens on its schedule"), "not before the date");
        assertEquals(reopens, t.reopeningDue(reopens));
        assertEquals(reopens, t.reopeningDue(reopens.plusDays(Tender.REOPENING_WINDOW_DAYS - 1)));
        assertThrows(ConflictException.class, () -> t.reopeningDue(reopens.plusDays(Tender.REOPENING_WINDOW_DAYS)), "nor after its window");

        Instant later = Instant.parse("2028-04-02T10:00:00Z");
        Tender reopening = t.reopening(reopens, later.plus(Duration.ofDays(5)), later.plus(Duration.ofDays(10)),
                LocalDate.of(2028, 5, 20), "hub@example.org", later);
        assertEquals(TenderStatus.DRAFT, reopening.status());
        assertEquals(Procedure.OPEN_FRAMEWORK, reopening.procedure());
        assertEquals(t.termStart(), reopening.termStart());
        assertEquals(t.termEnd(), reopening.termEnd());
        assertEquals(reopens, reopening.reopeningDate());
        assertEquals(PriceFormula.LINEAR_FROM_LOWEST, reopening.lots().get(0).priceFormula());
        assertEquals(List.of(60, 40), reopening.lots().get(0).criteria().stream().map(AwardCriterion::weight).toList());
        assertEquals(1, reopening.selectionQuestions().size());
        assertEquals(3, reopening.appointPerLot());
        assertTrue(reopening.title().endsWith("(reopening 2028)"), reopening.title());

        Tender closed = ready();
        closed.publish(NOW);
        closed.advance(BIDS);
        closed.startEvaluation();
        closed.awarded();
        assertTrue(assertThrows(ConflictException.class, () -> closed.reopeningDue(reopens)).getMessage().contains("only an open framework"));
    }

    // ---- starting from another tender

    @Test
    void aTenderStartsFromAnotherWithItsTermsAndSaysWhereItCameFrom() {
        Tender source = ready();
        source.addSelectionQuestion("Is any setting judged inadequate?", "Say which and when.");
        source.stateAwardRule(4, new java.math.BigDecimal("55.00"));
        source.publish(NOW);
        source.advance(BIDS);

        Instant later = BIDS.plus(Duration.ofDays(40));
        Tender.Plan next = new Tender.Plan("Fostering framework 2028", "The next fostering framework", Procedure.FRAMEWORK,
                LocalDate.of(2028, 4, 1), LocalDate.of(2032, 3, 31), List.of(), later.plus(Duration.ofDays(10)),
                later.plus(Duration.ofDays(20)), LocalDate.of(2028, 2, 1), 10, null);
        Tender copy = source.startOf(7, next, new Tender.Origin(41, "T-000041 Fostering framework"), "other@example.org", later);

        assertEquals(TenderStatus.DRAFT, copy.status(), "a new draft, whatever the source's state");
        assertEquals(7, copy.hubId(), "of the hub that started it");
        assertEquals("Fostering framework 2028", copy.title());
        assertEquals(10, copy.standstillDays());
        assertEquals(List.of("Standard fostering"), copy.lots().stream().map(Lot::title).toList());
        assertEquals(List.of("Safeguarding approach", "Weekly fees"),
                copy.lots().get(0).criteria().stream().map(AwardCriterion::title).toList());
        assertEquals(List.of(60, 40), copy.lots().get(0).criteria().stream().map(AwardCriterion::weight).toList());
        assertEquals("Describe...", copy.lots().get(0).criteria().get(0).guidance());
        assertEquals(List.of("Is any setting judged inadequate?"), copy.selectionQuestions().stream().map(SelectionQuestion::question).toList());
        assertEquals(4, copy.appointPerLot());
        assertEquals(0, new java.math.BigDecimal("55").compareTo(copy.scoreThreshold()));
        assertEquals(41L, copy.startedFromTenderId());
        assertEquals("T-000041 Fostering framework", copy.startedFrom());
        assertEquals(List.of("other@example.org"), copy.team().stream().map(TeamMember::username).toList(),
                "the team is whoever started it, not the source's");
        assertTrue(copy.team().stream().noneMatch(m -> m.declaredAt() != null), "declarations are each tender's own");
        assertNull(source.startedFrom());

        copy.addLot("Parent and child", ServiceCategory.FOSTERING_PARENT_AND_CHILD, null, null, 5, Money.of("200000.00"));
        assertEquals(1, source.lots().size(), "the copy's changes leave the source alone");

        Tender.Plan market = new Tender.Plan("Fostering market", "A dynamic market", Procedure.DYNAMIC_MARKET, LocalDate.of(2028, 4, 1),
                null, List.of(), later.plus(Duration.ofDays(10)), later.plus(Duration.ofDays(20)), LocalDate.of(2028, 2, 1), 8, null);
        Tender dynamic = source.startOf(7, market, new Tender.Origin(41, "T-000041"), "other@example.org", later);
        assertNull(dynamic.appointPerLot(), "a dynamic market states no award rule");
        assertEquals(2, dynamic.lots().get(0).criteria().size());

        InvalidInputException stale = assertThrows(InvalidInputException.class, () -> source.startOf(7,
                new Tender.Plan("Old", "Old", Procedure.FRAMEWORK, LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31), List.of(),
                        CLARIFICATION, BIDS, LocalDate.of(2027, 1, 15), 8, null),
                new Tender.Origin(41, "T-000041"), "other@example.org", later));
        assertTrue(stale.fieldErrors().containsKey("bidDeadline"), "the source's past deadlines are refused: " + stale.fieldErrors());
    }
}
