package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.shared.domain.CallOffRoute;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NeedTag;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The call-off lifecycle under a controlled clock: direct-award cascade, further competition, offers, placements. */
class ReferralTest {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Referral.Details details(Urgency urgency) {
        return new Referral.Details("LA-2026-0042", 9, ServiceCategory.FOSTERING_STANDARD, NeedLevel.STANDARD,
                Set.of(NeedTag.SIBLING_GROUP), "Two siblings who need to stay together; school in Bolton.", "bl3", 30,
                TODAY.plusDays(7), 26, urgency, FundingSplit.socialCareOnly());
    }

    static Referral.Invitee invitee(long provider, int rank) {
        return new Referral.Invitee(provider, rank, new BigDecimal("900.00"), new BigDecimal("40.50"), new BigDecimal("4.2"),
                List.of(provider * 10));
    }

    static Referral raise(CallOffRoute route, Urgency urgency, Instant closes) {
        Referral r = Referral.raise(1, 2, 3, 1, Referral.check(details(urgency), TODAY), route, closes,
                List.of(invitee(11, 1), invitee(12, 2), invitee(13, 3)), "commissioner@bolton.example", T0);
        // give the invitations ids, as the database would
        long id = 100;
        for (Invitation i : r.invitations()) {
            set(i, "id", id++);
        }
        return r;
    }

    static Referral.Offer offer(String fee, long setting, String justification) {
        return new Referral.Offer(new BigDecimal(fee), TODAY.plusDays(7), setting, "Carers with space for two.", justification);
    }

    @Test
    void aDirectAwardGoesDownTheRanksOneExclusiveWindowAtATime() {
        Referral r = raise(CallOffRoute.DIRECT_AWARD, Urgency.PLANNED, null);
        assertEquals("LA-2026-0042", r.childReference());
        assertEquals("BL3", r.postcodeDistrict());
        assertEquals(List.of(InvitationStatus.INVITED, InvitationStatus.QUEUED, InvitationStatus.QUEUED), statuses(r));
        assertEquals(T0.plus(Duration.ofHours(48)), r.nextCheck());
        assertThrows(Exception.class, () -> r.offer(12, offer("900.00", 120, null), "p", T0), "rank 2 cannot see it yet");

        // Rank 1 lets the window pass: at the deadline the scheduler invites rank 2.
        assertTrue(r.advance(T0.plus(Duration.ofHours(47))).isEmpty());
        List<Referral.Change> changes = r.advance(T0.plus(Duration.ofHours(48)));
        assertEquals(2, changes.size());
        assertEquals(List.of(InvitationStatus.EXPIRED, InvitationStatus.INVITED, InvitationStatus.QUEUED), statuses(r));
        Instant t1 = T0.plus(Duration.ofHours(48));
        assertEquals(t1.plus(Duration.ofHours(48)), r.nextCheck());
        assertThrows(ConflictException.class, () -> r.offer(11, offer("900.00", 110, null), "p", t1.plusSeconds(1)),
                "an expired window cannot offer");

        // Rank 2 declines with a reason: rank 3 is invited at once.
        assertThrows(InvalidInputException.class, () -> r.decline(12, null, "p", t1.plusSeconds(60)));
        r.decline(12, DeclineReason.NO_VACANCY, "p", t1.plusSeconds(60));
        assertEquals(List.of(InvitationStatus.EXPIRED, InvitationStatus.DECLINED, InvitationStatus.INVITED), statuses(r));

        // Rank 3 offers; the offer is open for 5 days; the council accepts.
        r.offer(13, offer("900.00", 130, null), "provider", t1.plusSeconds(120));
        Invitation offered = r.invitations().get(2);
        assertEquals(t1.plusSeconds(120).plus(Duration.ofDays(5)), offered.offerExpiresAt());
        assertFalse(offered.overPrice());
        r.accept(offered.id(), t1.plusSeconds(180));
        assertEquals(ReferralStatus.PLACED, r.status());
        assertNull(r.nextCheck());
        assertEquals(InvitationStatus.ACCEPTED, r.invitations().get(2).status());
    }

    @Test
    void aCascadeThatRunsOutClosesUnplacedAndALapsedOfferMovesItOn() {
        Referral r = raise(CallOffRoute.DIRECT_AWARD, Urgency.EMERGENCY, null);
        assertEquals(T0.plus(Duration.ofHours(2)), r.nextCheck(), "an emergency window is 2 hours");
        r.offer(11, offer("900.00", 110, null), "p", T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60).plus(Duration.ofHours(6)), r.nextCheck(), "the offer is open for 6 hours");
        r.advance(T0.plusSeconds(60).plus(Duration.ofHours(6)));
        assertEquals(List.of(InvitationStatus.LAPSED, InvitationStatus.INVITED, InvitationStatus.QUEUED), statuses(r));
        Instant t = T0.plusSeconds(60).plus(Duration.ofHours(6));
        r.decline(12, DeclineReason.CANNOT_MEET_NEEDS, "p", t.plusSeconds(1));
        r.advance(t.plus(Duration.ofHours(3)));
        assertEquals(ReferralStatus.UNPLACED, r.status());
        assertEquals(List.of(InvitationStatus.LAPSED, InvitationStatus.DECLINED, InvitationStatus.EXPIRED), statuses(r));
        assertThrows(ConflictException.class, () -> r.withdraw("Plans changed", t.plus(Duration.ofHours(4))));
    }

    @Test
    void aFurtherCompetitionInvitesAllAndTheCouncilChoosesAfterTheDeadline() {
        Instant closes = T0.plus(Duration.ofDays(2));
        assertThrows(InvalidInputException.class, () -> raise(CallOffRoute.FURTHER_COMPETITION, Urgency.PLANNED, T0.plusSeconds(60)),
                "a deadline must leave providers time");
        Referral r = raise(CallOffRoute.FURTHER_COMPETITION, Urgency.PLANNED, closes);
        assertEquals(List.of(InvitationStatus.INVITED, InvitationStatus.INVITED, InvitationStatus.INVITED), statuses(r));
        r.offer(11, offer("880.00", 110, null), "p", T0.plusSeconds(10));
        InvalidInputException overPrice = assertThrows(InvalidInputException.class,
                () -> r.offer(12, offer("1100.00", 120, " "), "p", T0.plusSeconds(20)));
        assertTrue(overPrice.fieldErrors().get("priceJustification").contains("above the agreement's £900.00"));
        assertThrows(InvalidInputException.class, () -> r.offer(12, offer("950.00", 999, null), "p", T0.plusSeconds(20)),
                "only a setting that fits");
        r.offer(12, offer("1100.00", 120, "Two carers needed for a sibling group of three."), "p", T0.plusSeconds(20));
        assertTrue(r.invitations().get(1).overPrice());
        long first = r.invitations().get(0).id();
        assertThrows(ConflictException.class, () -> r.accept(first, T0.plusSeconds(30)), "the competition is still open");
        r.advance(closes);
        assertEquals(InvitationStatus.EXPIRED, r.invitations().get(2).status());
        assertEquals(closes.plus(Duration.ofDays(5)), r.nextCheck(), "offers stay open 5 days after the deadline");
        List<Referral.Change> changes = r.accept(first, closes.plusSeconds(60));
        assertEquals(ReferralStatus.PLACED, r.status());
        assertEquals(InvitationStatus.NOT_CHOSEN, r.invitations().get(1).status(), "the other offer is told");
        assertEquals(2, changes.size());
    }

    @Test
    void referralsRefuseNamesAndBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Referral.check(new Referral.Details(
                "Jamie Smith", 30, null, null, null, "short", "Bolton", 0, TODAY.minusDays(1), 0, null, null), TODAY));
        assertEquals(Set.of("childReference", "ageYears", "category", "needLevel", "needsSummary", "postcodeDistrict",
                "maxDistanceKm", "requiredStart", "durationWeeks", "urgency", "funding"), e.fieldErrors().keySet());
        assertThrows(ConflictException.class, () -> Referral.raise(1, 2, 3, 1, Referral.check(details(Urgency.PLANNED), TODAY),
                CallOffRoute.DIRECT_AWARD, null, List.of(), "c", T0), "never sent to nobody, never to all");
        InvalidInputException young = assertThrows(InvalidInputException.class, () -> Referral.check(new Referral.Details(
                "CR-77", 14, ServiceCategory.SUPPORTED_ACCOMMODATION, NeedLevel.STANDARD, Set.of(), "Needs a flat near college.",
                "M20", 20, TODAY, 10, Urgency.PLANNED, FundingSplit.socialCareOnly()), TODAY));
        assertTrue(young.fieldErrors().get("ageYears").contains("16 or over"));
    }

    @Test
    void aPlacementKeepsItsVariationsAndCostsOnEachDate() {
        Referral r = raise(CallOffRoute.DIRECT_AWARD, Urgency.PLANNED, null);
        set(r, "id", 7L);
        r.offer(11, offer("700.00", 110, null), "p", T0.plusSeconds(10));
        r.accept(100, T0.plusSeconds(20));
        Placement p = Placement.agree(r, r.invitations().get(0), new java.math.BigDecimal("12.5"), "key", "c", T0.plusSeconds(20));
        assertEquals(PlacementStatus.AGREED, p.status());
        assertEquals(TODAY.plusDays(7).plusWeeks(26), p.plannedEnd());
        LocalDate start = TODAY.plusDays(7);
        assertThrows(InvalidInputException.class, () -> p.start(start, "c", T0, TODAY), "not in the future");
        p.start(start, "c", T0, start);
        p.changeFee(start.plusDays(14), new BigDecimal("770.00"), "Extra support at night agreed", "c", T0);
        assertEquals(new BigDecimal("700.00"), p.feeOn(start.plusDays(13)));
        assertEquals(new BigDecimal("770.00"), p.feeOn(start.plusDays(14)));
        List<Placement.CostPeriod> costs = p.costs(start.plusDays(20));
        assertEquals(2, costs.size());
        assertEquals(new BigDecimal("1400.00"), costs.get(0).cost(), "two weeks at £700");
        assertEquals(new BigDecimal("770.00"), costs.get(1).cost(), "one week at £770");
        assertThrows(InvalidInputException.class, () -> p.extend(start, "Longer stay", "c", T0));
        p.extend(p.plannedEnd().plusWeeks(4), "Court hearing moved", "c", T0);
        p.end(start.plusDays(30), Placement.Ending.UNPLANNED, "Placement broke down", "c", T0, start.plusDays(30));
        assertEquals(PlacementStatus.ENDED, p.status());
        assertEquals(start.plusDays(30), p.lastDay());
        assertThrows(ConflictException.class, () -> p.changeFee(start.plusDays(20), BigDecimal.TEN, "Too late now", "c", T0));
        assertEquals(List.of(VariationKind.AGREED, VariationKind.STARTED, VariationKind.FEE_CHANGE, VariationKind.EXTENSION,
                VariationKind.ENDED), p.variations().stream().map(PlacementVariation::kind).toList());
    }

    private static List<InvitationStatus> statuses(Referral r) {
        return r.invitations().stream().map(Invitation::status).toList();
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
