package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.party.application.OfstedDataService;
import org.commissioning.marketplace.party.application.OfstedDataService.ImportResult;
import org.commissioning.marketplace.party.application.OfstedDataService.ImportSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Ofsted's published provider-level data, imported in bulk. */
@Path("ofsted-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ofsted data", description = "Ofsted's published judgements and registration statuses, imported in bulk")
public class OfstedDataResource {

    @Inject
    OfstedDataService ofsted;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import Ofsted's provider-level CSV (hub commissioners and administrators for their hub's providers; "
            + "platform administrators for every setting): settings are matched by URN; newer judgements and changed "
            + "registration statuses are recorded with their history; URNs not on the marketplace are listed; a malformed "
            + "line refuses the whole file (400, every line named) and nothing changes")
    public Response importCsv(@QueryParam("fileName") String fileName, String csv, @Context UriInfo uri) {
        ImportResult result = ofsted.importCsv(fileName, csv);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.id())).build()).entity(result).build();
    }

    @GET
    @Operation(summary = "The caller's hub's imports, newest first (every import for a platform administrator)")
    public List<ImportSummary> imports() {
        return ofsted.imports();
    }

    @GET
    @Path("sample.csv")
    @Produces("text/csv")
    @Operation(summary = "A small sample file in Ofsted's layout, with the demo providers' settings")
    public Response sample() {
        return Response.ok(OfstedDataService.sample(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ofsted-providers-sample.csv\"").build();
    }
}
