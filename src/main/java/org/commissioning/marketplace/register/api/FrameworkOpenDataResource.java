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
import org.commissioning.marketplace.register.application.FrameworkOpenData;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Frameworks (tenders, awards, agreements) as OCDS open data, for anyone. */
@Path("ocds/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "OCDS 1.1.5 release packages and records; no sign-in")
public class FrameworkOpenDataResource {

    @Inject
    FrameworkOpenData openData;

    @GET
    @Operation(summary = "Every published tender's releases (tender notices, contract award notice, contract details of the "
            + "live agreement), a page of tenders at a time, oldest first")
    public String all(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                      @Context UriInfo uri) {
        return openData.releasePackage(new PageRequest(page, size), uri.getRequestUri().toString()).toString();
    }

    @GET
    @Path("{tenderId}/record")
    @Operation(summary = "One framework's record package: its releases and the compiled release; each call-off's own process "
            + "points here through relatedProcesses")
    public String record(@PathParam("tenderId") long tenderId, @Context UriInfo uri) {
        return openData.recordPackage(tenderId, uri.getRequestUri().toString()).toString();
    }
}
