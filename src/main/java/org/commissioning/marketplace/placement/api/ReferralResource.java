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
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.CallOffViews.MatchView;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralCommand;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralView;
import org.commissioning.marketplace.placement.application.PlacementService;
import org.commissioning.marketplace.placement.domain.DeclineReason;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.placement.domain.Referral;
import org.commissioning.marketplace.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals: matching, sending, providers' answers and the council's choice. */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call-offs", description = "Referrals for a child, matching, offers and the council's choice")
public class ReferralResource {

    @Inject
    CallOffService callOffs;

    @Inject
    PlacementService placements;

    /** Why a provider declines. */
    public record Decline(DeclineReason reason) {
    }

    /** Why a council withdraws a referral. */
    public record Withdrawal(String reason) {
    }

    @POST
    @Path("matches")
    @Operation(summary = "Which providers would get this referral, in the order they would be invited, and why each other setting "
            + "would not (council commissioners; nothing is sent)")
    public MatchView match(ReferralCommand command) {
        return callOffs.match(command);
    }

    @POST
    @Operation(summary = "Send a referral to the providers that fit, by the agreement's call-off route (council commissioners)")
    public Response raise(ReferralCommand command, @Context UriInfo uri) {
        ReferralView referral = callOffs.raise(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(referral.id())).build()).entity(referral).build();
    }

    @GET
    @Operation(summary = "Referrals, newest first: a council's own, a hub's councils', a provider's invitations; paged, by status")
    public Page<ReferralSummary> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                      @QueryParam("status") String status) {
        return callOffs.list(page, size, status);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One referral; a provider sees only its own invitation and offer")
    public ReferralView get(@PathParam("id") long id) {
        return callOffs.get(id);
    }

    @POST
    @Path("{id}/offer")
    @Operation(summary = "Offer a placement: weekly fee, start date, the setting, notes; above the agreement price needs a justification (providers)")
    public ReferralView offer(@PathParam("id") long id, Referral.Offer offer) {
        return callOffs.offer(id, offer);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a referral with a reason from the list (providers)")
    public ReferralView decline(@PathParam("id") long id, Decline decline) {
        return callOffs.decline(id, decline == null ? null : decline.reason());
    }

    @POST
    @Path("{id}/offers/{invitationId}/acceptance")
    @Operation(summary = "Accept an offer: makes the individual placement agreement; the other providers are told (council commissioners)")
    public Response accept(@PathParam("id") long id, @PathParam("invitationId") long invitationId, @Context UriInfo uri) {
        Placement placement = callOffs.accept(id, invitationId);
        return Response.created(uri.getBaseUriBuilder().path("placements").path(String.valueOf(placement.id())).build())
                .entity(placements.get(placement.id())).build();
    }

    @POST
    @Path("{id}/offers/{invitationId}/rejection")
    @Operation(summary = "Turn an offer down; a direct award moves on to the next provider (council commissioners)")
    public ReferralView turnDown(@PathParam("id") long id, @PathParam("invitationId") long invitationId) {
        return callOffs.turnDown(id, invitationId);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw the referral with the reason; every provider involved is told (council commissioners)")
    public ReferralView withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
        return callOffs.withdraw(id, withdrawal == null ? null : withdrawal.reason());
    }
}
