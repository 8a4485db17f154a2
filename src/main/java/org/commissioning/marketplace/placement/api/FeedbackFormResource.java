package org.commissioning.marketplace.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.FeedbackService.FormView;
import org.commissioning.marketplace.placement.application.FeedbackService.Thanks;
import org.commissioning.marketplace.placement.domain.FeedbackInvitation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feedback form a one-time code opens, for a child or a family with no account. */
@Path("feedback-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Children's and families' feedback on placements, by invitation, and its counts")
public class FeedbackFormResource {

    @Inject
    FeedbackService feedback;

    @GET
    @Path("{code}")
    @Operation(summary = "The questions a feedback code opens, for the child's age or for a family (anyone with the code)")
    public FormView form(@PathParam("code") String code) {
        return feedback.form(code);
    }

    @POST
    @Path("{code}")
    @Operation(summary = "Send the answers, once; a safeguarding concern reaches the council's named contact at once")
    public Thanks answer(@PathParam("code") String code, FeedbackInvitation.Answers answers) {
        return feedback.answer(code, answers);
    }
}
