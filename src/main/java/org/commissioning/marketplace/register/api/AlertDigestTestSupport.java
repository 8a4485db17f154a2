package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.register.application.AlertService;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * Sends the weekly alert digests now, for the integration tests. Answers 404 unless
 * marketplace.test-support=true (production never sets it), and only to administrators.
 */
@Path("test-support/alert-digests")
@Produces(MediaType.APPLICATION_JSON)
public class AlertDigestTestSupport {

    @Inject
    AlertService alerts;

    @Inject
    PartyDirectory parties;

    @Inject
    @ConfigProperty(name = "marketplace.test-support", defaultValue = "false")
    boolean testSupport;

    @POST
    @Operation(hidden = true)
    public Map<String, Integer> sendDigests() {
        if (!testSupport) {
            throw new NotFoundException("There is nothing at this address.");
        }
        parties.require(Role.ADMINISTRATOR);
        return Map.of("sent", alerts.sendWeeklyDigests());
    }
}
