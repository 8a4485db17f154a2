package org.commissioning.marketplace.placement.application;

import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

/**
 * Whose counts of a provider's record (children's feedback, outcome reviews) a caller reads: a
 * provider its own from every council; a hub, or a council weighing offers, the named provider's from
 * the hub's councils' placements ({@code hubId} then narrows the count).
 */
record ProviderRecordScope(long providerId, Long hubId) {

    static ProviderRecordScope of(PartyDirectory parties, Long providerId, String what) {
        Caller caller = parties.require(Role.PROVIDER_USER, Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        if (caller.has(Role.PROVIDER_USER)) {
            return new ProviderRecordScope(caller.organisationId(), null);
        }
        if (providerId == null) {
            throw InvalidInputException.of("provider", "Say which provider's " + what + " to count.");
        }
        long hub = caller.has(Role.HUB_COMMISSIONER) ? caller.organisationId() : parties.hubIdOf(caller.organisationId())
                .orElseThrow(() -> new ConflictException(caller.organisationName() + " is not a member of a hub."));
        return new ProviderRecordScope(providerId, hub);
    }
}
