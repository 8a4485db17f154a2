package org.commissioning.marketplace.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.placement.application.ReferralRetention;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * For the integration tests only (marketplace.test-support): runs the hourly removal of old
 * unplaced referrals' child details now, under a shifted clock, instead of waiting for the hour.
 */
@Path("test-support/referral-retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionTestSupport {

    @Inject
    ReferralRetention retention;

    @Inject
    PartyDirectory parties;

    @Inject
    @ConfigProperty(name = "marketplace.test-support", defaultValue = "false")
    boolean testSupport;

    @POST
    @Operation(hidden = true)
    public Map<String, Integer> removeDue() {
        if (!testSupport) {
            throw new NotFoundException("There is nothing at this address.");
        }
        parties.require(Role.ADMINISTRATOR);
        return Map.of("removed", retention.removeDue());
    }
}
