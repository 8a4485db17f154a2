package org.commissioning.marketplace.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commissioning.marketplace.placement.application.OutcomeService;
import org.commissioning.marketplace.shared.api.Downloads;
import org.commissioning.marketplace.shared.application.FileDownload;
import org.commissioning.marketplace.shared.application.TableExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;

/** Outcome reviews across placements: a council's own as CSV or Excel, and a provider's counts. */
@Path("outcome-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @GET
    @Path("export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The council's outcome reviews, newest first, as CSV (council commissioners; notes stay in the marketplace)")
    public Response csv() {
        return Downloads.of(new FileDownload("outcome-reviews.csv", "text/csv; charset=UTF-8",
                TableExport.csv(outcomes.export()).getBytes(StandardCharsets.UTF_8)));
    }

    @GET
    @Path("export.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "The council's outcome reviews as an Excel workbook (council commissioners)")
    public Response xlsx() {
        return Downloads.of(new FileDownload("outcome-reviews.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TableExport.xlsx(outcomes.export())));
    }

    @GET
    @Path("summary")
    @Operation(summary = "Counts of a provider's outcome reviews, from five reviews on: a provider its own, a hub (or a "
            + "council of it, weighing offers) those from the hub's councils (provider=id)")
    public OutcomeService.Summary summary(@QueryParam("provider") Long provider) {
        return outcomes.summary(provider);
    }
}
