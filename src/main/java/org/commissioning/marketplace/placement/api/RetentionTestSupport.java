package org.commissioning.marketplace.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.placement.application.ReferralRetention;
import org.commissioning.marketplace.shared.api.TestSupportGate;
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
    TestSupportGate gate;

    @POST
    @Operation(hidden = true)
    public Map<String, Integer> removeDue() {
        gate.open();
        return Map.of("removed", retention.removeDue());
    }
}
