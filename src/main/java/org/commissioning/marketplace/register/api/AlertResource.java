package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.register.application.AlertService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Alerts for commissioners. */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    AlertService alerts;

    @GET
    @Operation(summary = "What needs attention: placements and agreements ending soon, open offers above the agreement price")
    public List<AlertService.Alert> mine() {
        return alerts.mine();
    }
}
