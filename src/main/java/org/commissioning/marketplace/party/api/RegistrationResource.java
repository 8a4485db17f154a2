package org.commissioning.marketplace.party.api;

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
import org.commissioning.marketplace.party.application.Commands.ProviderApplication;
import org.commissioning.marketplace.party.application.Commands.Rejection;
import org.commissioning.marketplace.party.application.ProviderRegistrationService;
import org.commissioning.marketplace.party.application.Views.RegistrationView;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Providers registering themselves, and hubs deciding. */
@Path("provider-registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provider registrations", description = "Providers applying to join a hub's market")
public class RegistrationResource {

    @Inject
    ProviderRegistrationService registrations;

    @POST
    @Operation(summary = "Apply to join a hub's market (public; no sign-in). Answered 202 with the same message whether "
            + "or not the address has an account: the applicant learns the outcome by email")
    public Response register(ProviderApplication application) {
        return Response.accepted(java.util.Map.of("message", registrations.register(application))).build();
    }

    @GET
    @Operation(summary = "Registrations awaiting the caller's hub (hub commissioners)")
    public Page<RegistrationView> pending(@QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("20") int size) {
        return registrations.pending(new PageRequest(page, size));
    }

    @POST
    @Path("{providerId}/approval")
    @Operation(summary = "Approve a registration (hub commissioners of that hub)")
    public RegistrationView approve(@PathParam("providerId") long providerId) {
        return registrations.approve(providerId);
    }

    @POST
    @Path("{providerId}/rejection")
    @Operation(summary = "Reject a registration with a reason (hub commissioners of that hub)")
    public RegistrationView reject(@PathParam("providerId") long providerId, Rejection rejection) {
        return registrations.reject(providerId, rejection);
    }
}
