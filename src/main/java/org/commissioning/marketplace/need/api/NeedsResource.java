package org.commissioning.marketplace.need.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.need.application.NeedsViews.CouncilProgress;
import org.commissioning.marketplace.need.application.NeedsViews.DeadlineChange;
import org.commissioning.marketplace.need.application.NeedsViews.DemandProfile;
import org.commissioning.marketplace.need.application.NeedsViews.NeedLineInput;
import org.commissioning.marketplace.need.application.NeedsViews.OpenRound;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.need.application.NeedsViews.SubmissionView;
import org.commissioning.marketplace.need.application.ProfileExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.util.List;

/** Needs rounds: hubs open them and read pooled demand; member councils submit their needs. */
@Path("needs-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "Councils' placement needs pooled by the hub")
public class NeedsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long MAX_CSV_CHARS = 1_000_000;

    @Inject
    NeedsService needs;

    @GET
    @Operation(summary = "Needs rounds the caller can see (a hub's own; a council's hubs')")
    public List<RoundView> rounds() {
        return needs.rounds();
    }

    @POST
    @Operation(summary = "Open a needs round for a planning year (hub commissioners)")
    public Response open(OpenRound command, @Context UriInfo uri) {
        RoundView round = needs.open(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(round.id())).build()).entity(round).build();
    }

    @GET
    @Path("{id}")
    public RoundView round(@PathParam("id") long id) {
        return needs.round(id);
    }

    @PUT
    @Path("{id}/deadline")
    @Operation(summary = "Move the round's deadline; send the version you read (hub commissioners)")
    public RoundView moveDeadline(@PathParam("id") long id, DeadlineChange change) {
        return needs.moveDeadline(id, change);
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "Each member council's status in the round (hub commissioners)")
    public List<CouncilProgress> progress(@PathParam("id") long id) {
        return needs.progress(id);
    }

    @GET
    @Path("{id}/profile")
    @Operation(summary = "Pooled demand of submitted councils by category, sub-region and need level")
    public DemandProfile profile(@PathParam("id") long id) {
        return needs.profile(id);
    }

    @GET
    @Path("{id}/profile.csv")
    @Produces("text/csv")
    @Operation(summary = "The pooled demand profile as CSV")
    public Response profileCsv(@PathParam("id") long id) {
        DemandProfile profile = needs.profile(id);
        return Response.ok(ProfileExport.csv(profile), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"demand-" + profile.planningYearLabel() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/profile.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The pooled demand profile as an Excel workbook")
    public Response profileXlsx(@PathParam("id") long id) {
        DemandProfile profile = needs.profile(id);
        return Response.ok(ProfileExport.xlsx(profile), XLSX)
                .header("Content-Disposition", "attachment; filename=\"demand-" + profile.planningYearLabel() + ".xlsx\"")
                .build();
    }

    @GET
    @Path("{id}/template.csv")
    @Produces("text/csv")
    @Operation(summary = "A CSV template for this round's needs, with its sub-regions")
    public Response template(@PathParam("id") long id) {
        return Response.ok(needs.template(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"needs-template.csv\"").build();
    }

    @GET
    @Path("{id}/my-needs")
    @Operation(summary = "The caller's council's needs in the round (council commissioners)")
    public SubmissionView mine(@PathParam("id") long id) {
        return needs.mine(id);
    }

    @POST
    @Path("{id}/my-needs/lines")
    @Operation(summary = "Add a line of need (council commissioners, before the deadline)")
    public SubmissionView addLine(@PathParam("id") long id, NeedLineInput line) {
        return needs.addLine(id, line);
    }

    @DELETE
    @Path("{id}/my-needs/lines/{lineId}")
    @Operation(summary = "Remove a line of need")
    public SubmissionView removeLine(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return needs.removeLine(id, lineId);
    }

    @PUT
    @Path("{id}/my-needs/lines")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Replace all lines from a CSV file: every bad row is reported with its line number, "
            + "and nothing is imported unless every row is valid")
    public SubmissionView importCsv(@PathParam("id") long id, String csv) {
        if (csv != null && csv.length() > MAX_CSV_CHARS) {
            throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("file",
                    "The file is too large: at most 1 MB.");
        }
        return needs.importCsv(id, new StringReader(csv == null ? "" : csv));
    }

    @POST
    @Path("{id}/my-needs/submission")
    @Operation(summary = "Submit the council's needs to the hub")
    public SubmissionView submit(@PathParam("id") long id) {
        return needs.submit(id);
    }

    @DELETE
    @Path("{id}/my-needs/submission")
    @Operation(summary = "Reopen submitted needs to change them (before the deadline)")
    public SubmissionView reopen(@PathParam("id") long id) {
        return needs.reopen(id);
    }
}
