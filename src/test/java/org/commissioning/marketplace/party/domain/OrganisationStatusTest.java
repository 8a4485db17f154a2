package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every pair of organisation statuses: the listed moves succeed, every other one is refused. */
class OrganisationStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PENDING_APPROVAL, ACTIVE",
        "PENDING_APPROVAL, REJECTED",
        "ACTIVE, SUSPENDED",
        "SUSPENDED, ACTIVE"
    })
    void allowedMoves(OrganisationStatus from, OrganisationStatus to) {
        assertEquals(to, from.moveTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({
        "PENDING_APPROVAL, PENDING_APPROVAL",
        "PENDING_APPROVAL, SUSPENDED",
        "ACTIVE, ACTIVE",
        "ACTIVE, PENDING_APPROVAL",
        "ACTIVE, REJECTED",
        "REJECTED, ACTIVE",
        "REJECTED, PENDING_APPROVAL",
        "REJECTED, SUSPENDED",
        "REJECTED, REJECTED",
        "SUSPENDED, SUSPENDED",
        "SUSPENDED, PENDING_APPROVAL",
        "SUSPENDED, REJECTED"
    })
    void forbiddenMoves(OrganisationStatus from, OrganisationStatus to) {
        InvalidTransitionException e = assertThrows(InvalidTransitionException.class, () -> from.moveTo(to));
        assertEquals("Cannot change from " + from.label().toLowerCase() + " to " + to.label().toLowerCase() + ".",
                e.getMessage());
    }
}
