package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.register.application.InsightService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spend, benchmarking, savings and framework share, each with its method. */
@Path("insight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insight", description = "Spend by year, benchmarking against the region, savings and the share placed through frameworks")
public class InsightResource {

    @Inject
    InsightService insight;

    @GET
    @Operation(summary = "The hub's figures across its councils (hub commissioners) or the council's own against the region (council commissioners)")
    public InsightService.Insight get() {
        return insight.insight();
    }
}
