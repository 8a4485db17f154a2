package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.register.application.AlertService;
import org.commissioning.marketplace.shared.api.TestSupportGate;
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
    TestSupportGate gate;

    @POST
    @Operation(hidden = true)
    public Map<String, Integer> sendDigests() {
        gate.open();
        return Map.of("sent", alerts.sendWeeklyDigests());
    }
}
