package org.commissioning.marketplace.register.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.register.application.CallOffOpenData;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Call-offs as OCDS open data, for anyone. */
@Path("ocds/call-offs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "OCDS 1.1.5 release packages and records; no sign-in")
public class OpenDataResource {

    @Inject
    CallOffOpenData openData;

    @GET
    @Operation(summary = "Every call-off as an OCDS release (award and contract), a page at a time, oldest first")
    public String all(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size,
                      @Context UriInfo uri) {
        return openData.releasePackage(new PageRequest(page, size), uri.getRequestUri().toString(), uri.getBaseUri().toString()
                .replaceFirst("api/$", "")).toString();
    }

    @GET
    @Path("{placementId}")
    @Operation(summary = "One call-off's release package, linked to its framework's contracting process by relatedProcesses")
    public String one(@PathParam("placementId") long placementId, @Context UriInfo uri) {
        return openData.releasePackage(openData.release(placementId, base(uri)), uri.getRequestUri().toString()).toString();
    }

    @GET
    @Path("{placementId}/record")
    @Operation(summary = "One call-off's record package: its releases and the compiled release")
    public String record(@PathParam("placementId") long placementId, @Context UriInfo uri) {
        return openData.recordPackage(openData.release(placementId, base(uri)), uri.getRequestUri().toString()).toString();
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString().replaceFirst("api/$", "");
    }
}
