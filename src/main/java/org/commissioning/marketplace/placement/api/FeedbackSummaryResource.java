package org.commissioning.marketplace.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.FeedbackService.Summary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Children's and families' feedback on a provider, only ever in counts. */
@Path("feedback-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackSummaryResource {

    @Inject
    FeedbackService feedback;

    @GET
    @Operation(summary = "Counts of a provider's feedback answers, from five answers on: a provider its own, a hub (or a "
            + "council of it, weighing offers) those from the hub's councils (provider=id)")
    public Summary summary(@QueryParam("provider") Long provider) {
        return feedback.summary(provider);
    }
}
