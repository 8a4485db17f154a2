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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementView;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.FeedbackService.FeedbackView;
import org.commissioning.marketplace.placement.application.FeedbackService.Issued;
import org.commissioning.marketplace.placement.application.OutcomeService;
import org.commissioning.marketplace.placement.application.PlacementService;
import org.commissioning.marketplace.placement.domain.OutcomeReview;
import org.commissioning.marketplace.placement.domain.FeedbackForm;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.shared.api.Downloads;
import org.commissioning.marketplace.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Individual placement agreements and their lifecycle. */
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Individual placement agreements: start, fee changes, extensions, endings")
public class PlacementResource {

    @Inject
    PlacementService placements;

    @Inject
    FeedbackService feedback;

    @Inject
    OutcomeService outcomes;

    /** Who is asked, which form (a child's age), how many days the link works, and who is told of a concern. */
    public record FeedbackRequest(FeedbackForm.Respondent respondent, FeedbackForm.AgeBand ageBand, Integer validDays, String contact) {
    }

    /** What was done about a safeguarding concern. */
    public record ConcernHandled(String action) {
    }

    /** A dated change: {@code date} is the start, the fee's effective date, the new planned end or the end. */
    public record Change(LocalDate date, BigDecimal weeklyFee, String reason, Placement.Ending ending) {
    }

    @GET
    @Operation(summary = "Placements, newest first: a council's own, a hub's councils', a provider's own; paged")
    public Page<PlacementSummary> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return placements.list(page, size);
    }

    @POST
    @Path("off-framework")
    @Operation(summary = "Record a placement bought outside the frameworks (council commissioners): the setting by its Ofsted URN, "
            + "the fee, dates, funding split and why it was bought off framework; 201 with the placement agreement")
    public Response recordOffFramework(PlacementService.OffFrameworkPlacement command, @Context UriInfo uri) {
        PlacementView placement = placements.recordOffFramework(command);
        return Response.created(uri.getBaseUriBuilder().path("placements").path(String.valueOf(placement.id())).build())
                .entity(placement).build();
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

    @POST
    @Path("{id}/feedback-invitations")
    @Operation(summary = "Invite the child (by age) or a family member to give feedback without an account: the one-time code is "
            + "in this answer only (council commissioners)")
    public Response inviteFeedback(@PathParam("id") long id, FeedbackRequest r, @Context UriInfo uri) {
        Issued issued = r == null ? feedback.issue(id, null, null, null, null)
                : feedback.issue(id, r.respondent(), r.ageBand(), r.validDays(), r.contact());
        return Response.created(uri.getBaseUriBuilder().path("placements").path(String.valueOf(id)).path("feedback").build())
                .entity(issued).build();
    }

    @GET
    @Path("{id}/feedback")
    @Operation(summary = "The placement's feedback invitations and answers, newest first (the placing council only)")
    public List<FeedbackView> feedback(@PathParam("id") long id) {
        return feedback.forPlacement(id);
    }

    @POST
    @Path("{id}/feedback/{invitationId}/withdrawal")
    @Operation(summary = "Withdraw a feedback invitation that has not been used (council commissioners)")
    public FeedbackView withdrawFeedback(@PathParam("id") long id, @PathParam("invitationId") long invitationId) {
        return feedback.withdraw(id, invitationId);
    }

    @POST
    @Path("{id}/feedback/{invitationId}/concern-handled")
    @Operation(summary = "Record what was done about a safeguarding concern in feedback; its task closes (council commissioners)")
    public FeedbackView concernHandled(@PathParam("id") long id, @PathParam("invitationId") long invitationId, ConcernHandled c) {
        return feedback.handleConcern(id, invitationId, c == null ? null : c.action());
    }

    @POST
    @Path("{id}/outcome-reviews")
    @Operation(summary = "Record an outcome review: point, date, moves since the last, school, health, SDQ score, goals, notes "
            + "(council commissioners)")
    public Response reviewOutcomes(@PathParam("id") long id, OutcomeReview.Details details, @Context UriInfo uri) {
        OutcomeService.ReviewView review = outcomes.record(id, details);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(review).build();
    }

    @GET
    @Path("{id}/outcome-reviews")
    @Operation(summary = "The placement's outcome reviews, oldest first, and when the next is due (the placing council only)")
    public OutcomeService.Reviews outcomeReviews(@PathParam("id") long id) {
        return outcomes.forPlacement(id);
    }
}
