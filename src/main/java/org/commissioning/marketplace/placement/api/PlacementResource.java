package org.commissioning.marketplace.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementView;
import org.commissioning.marketplace.placement.application.PlacementService;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.shared.api.Downloads;
import org.commissioning.marketplace.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Individual placement agreements and their lifecycle. */
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Individual placement agreements: start, fee changes, extensions, endings")
public class PlacementResource {

    @Inject
    PlacementService placements;

    /** A dated change: {@code date} is the start, the fee's effective date, the new planned end or the end. */
    public record Change(LocalDate date, BigDecimal weeklyFee, String reason, Placement.Ending ending) {
    }

    @GET
    @Operation(summary = "Placements, newest first: a council's own, a hub's councils', a provider's own; paged")
    public Page<PlacementSummary> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return placements.list(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One individual placement agreement with its history and costs to date")
    public PlacementView get(@PathParam("id") long id) {
        return placements.get(id);
    }

    @GET
    @Path("{id}/agreement.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The individual placement agreement as a PDF")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.of(placements.pdf(id));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Record that the placement started on a date (council commissioners)")
    public PlacementView start(@PathParam("id") long id, Change c) {
        return placements.start(id, c == null ? null : c.date());
    }

    @POST
    @Path("{id}/fee-changes")
    @Operation(summary = "A new weekly fee from an effective date, with the reason (council commissioners)")
    public PlacementView changeFee(@PathParam("id") long id, Change c) {
        return placements.changeFee(id, c == null ? null : c.date(), c == null ? null : c.weeklyFee(), c == null ? null : c.reason());
    }

    @POST
    @Path("{id}/extensions")
    @Operation(summary = "Extend the placement to a later planned end, with the reason (council commissioners)")
    public PlacementView extend(@PathParam("id") long id, Change c) {
        return placements.extend(id, c == null ? null : c.date(), c == null ? null : c.reason());
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Record the end: date, planned or unplanned, and the reason (council commissioners)")
    public PlacementView end(@PathParam("id") long id, Change c) {
        return placements.end(id, c == null ? null : c.date(), c == null ? null : c.ending(), c == null ? null : c.reason());
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a placement that has not started, with the reason (council commissioners)")
    public PlacementView cancel(@PathParam("id") long id, Change c) {
        return placements.cancel(id, c == null ? null : c.reason());
    }
}
