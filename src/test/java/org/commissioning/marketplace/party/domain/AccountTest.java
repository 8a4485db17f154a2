package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    @Test
    void rolesMustFitTheKindOfOrganisation() {
        Council bolton = Fixtures.council("Bolton Council", "E08000001");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Account(bolton, "a@example.org", "A", "hash", Set.of(Role.PROVIDER_USER), Fixtures.NOW));
        assertEquals("A council account cannot have the role provider user.", e.fieldErrors().get("roles"));
    }

    @Test
    void anAccountNeedsARole() {
        assertThrows(InvalidInputException.class, () -> new Account(Fixtures.hub(), "a@example.org", "A", "hash",
                Set.of(), Fixtures.NOW));
    }

    @Test
    void aDisabledAccountOrASuspendedOrganisationCannotSignIn() {
        Hub hub = Fixtures.hub();
        Account account = new Account(hub, "a@example.org", "A", "hash", Set.of(Role.HUB_COMMISSIONER, Role.EVALUATOR),
                Fixtures.NOW);
        assertTrue(account.maySignIn());
        assertEquals(Set.of("HUB_COMMISSIONER", "EVALUATOR"), account.roleNames());
        account.disable();
        assertFalse(account.maySignIn());
        account.enable();
        hub.suspend();
        assertFalse(account.maySignIn());
        hub.reactivate();
        assertTrue(account.maySignIn());
    }
}
