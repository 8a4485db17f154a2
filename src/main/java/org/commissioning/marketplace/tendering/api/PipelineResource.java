package org.commissioning.marketplace.tendering.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.tendering.application.PipelineService;
import org.commissioning.marketplace.tendering.application.PipelineService.Overview;
import org.commissioning.marketplace.tendering.application.PipelineService.PublishedPipeline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A hub's pipeline notices (UK1): its own for this financial year, and every published one for anyone. */
@Path("pipeline-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline notices", description = "What a hub plans to award in the 18 months from a financial year's first day (UK1)")
public class PipelineResource {

    @Inject
    PipelineService pipelines;

    /** The financial year to publish, by the year it starts in (2026 for 1 April 2026 to 31 March 2027). */
    public record Publication(Integer financialYear) {
    }

    @GET
    @Operation(summary = "This financial year's pipeline notice of the caller's hub: due by, state, what it would list now, "
            + "and the notices published before (hub commissioners)")
    public Overview overview() {
        return pipelines.overview();
    }

    @POST
    @Operation(summary = "Publish this financial year's pipeline notice (UK1), once, listing what the hub plans to award as it "
            + "stands (hub commissioners)")
    public Response publish(Publication p, @Context UriInfo uri) {
        PublishedPipeline published = pipelines.publish(p == null ? null : p.financialYear());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(published.hubId()))
                .path(String.valueOf(published.year().financialYear())).build()).entity(published).build();
    }

    @GET
    @Path("{hubId}/{financialYear}")
    @Operation(summary = "A published pipeline notice in plain fields (anyone)")
    public PublishedPipeline published(@PathParam("hubId") long hubId, @PathParam("financialYear") int financialYear) {
        return pipelines.published(hubId, financialYear);
    }

    @GET
    @Path("{hubId}/{financialYear}/ocds")
    @Operation(summary = "A published pipeline notice as an OCDS release package, one planning release a procurement (anyone)")
    public String ocds(@PathParam("hubId") long hubId, @PathParam("financialYear") int financialYear) {
        return pipelines.ocds(hubId, financialYear);
    }
}
