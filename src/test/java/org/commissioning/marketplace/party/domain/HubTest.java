package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HubTest {

    @Test
    void theLeadCouncilIsAMemberFromTheStart() {
        Hub hub = Fixtures.hub();
        assertTrue(hub.isMember(hub.leadCouncil()));
        assertEquals(1, hub.currentMembers().size());
    }

    @Test
    void admittedCouncilsAreListedByName() {
        Hub hub = Fixtures.hub();
        hub.admit(Fixtures.council("Wigan Council", "E08000010"), Fixtures.TODAY);
        hub.admit(Fixtures.council("Bury Council", "E08000002"), Fixtures.TODAY);
        assertEquals("Bolton Council, Bury Council, Wigan Council",
                String.join(", ", hub.currentMembers().stream().map(Council::name).toList()));
    }

    @Test
    void aCouncilCannotBeAdmittedTwice() {
        Hub hub = Fixtures.hub();
        Council bury = Fixtures.council("Bury Council", "E08000002");
        hub.admit(bury, Fixtures.TODAY);
        ConflictException e = assertThrows(ConflictException.class, () -> hub.admit(bury, Fixtures.TODAY));
        assertEquals("Bury Council is already a member of North West Placements Hub.", e.getMessage());
    }

    @Test
    void aCouncilThatLeavesKeepsItsHistoryButIsNoLongerAMember() {
        Hub hub = Fixtures.hub();
        Council bury = Fixtures.council("Bury Council", "E08000002");
        hub.admit(bury, Fixtures.TODAY);
        hub.release(bury, Fixtures.TODAY.plusDays(30));
        assertFalse(hub.isMember(bury));
        assertEquals(2, hub.memberships().size());
        assertEquals(Fixtures.TODAY.plusDays(30), hub.memberships().get(1).leftOn());
        hub.admit(bury, Fixtures.TODAY.plusDays(60));
        assertTrue(hub.isMember(bury));
    }

    @Test
    void theLeadCouncilCannotLeave() {
        Hub hub = Fixtures.hub();
        ConflictException e = assertThrows(ConflictException.class,
                () -> hub.release(hub.leadCouncil(), Fixtures.TODAY));
        assertEquals("Bolton Council leads North West Placements Hub and cannot leave it.", e.getMessage());
    }

    @Test
    void aNonMemberCannotLeave() {
        Hub hub = Fixtures.hub();
        assertThrows(ConflictException.class,
                () -> hub.release(Fixtures.council("Bury Council", "E08000002"), Fixtures.TODAY));
    }

    @Test
    void leavingBeforeJoiningIsRefused() {
        Hub hub = Fixtures.hub();
        Council bury = Fixtures.council("Bury Council", "E08000002");
        hub.admit(bury, Fixtures.TODAY);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> hub.release(bury, Fixtures.TODAY.minusDays(1)));
        assertEquals("leftOn", e.fieldErrors().keySet().iterator().next());
    }

    @Test
    void aCouncilNeedsAnEnglishOnsCode() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Fixtures.council("Nowhere", "X123"));
        assertEquals("Enter the council's ONS code, like E08000001.", e.fieldErrors().get("onsCode"));
    }
}
