package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.party.application.Commands.NewHub;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Regional hubs and their member councils. */
@Path("hubs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hubs", description = "Regional commissioning hubs and their members")
public class HubResource {

    /** The council to admit to a hub. */
    public record Membership(@NotNull Long councilId) {
    }

    @Inject
    OrganisationService organisations;

    @GET
    @Operation(summary = "Active hubs a provider may apply to (public)")
    public List<OrganisationRef> hubs() {
        return organisations.activeHubs();
    }

    @POST
    @Operation(summary = "Create a hub with its lead and member councils, and invite its first administrator "
            + "(platform administrators)")
    public Response create(NewHub hub, @Context UriInfo uri) {
        if (hub == null) {
            throw InvalidInputException.of("name", "Enter the hub's name.");
        }
        OrganisationDetails created = organisations.createHub(hub);
        return Response.created(uri.getBaseUriBuilder().path("organisations").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{hubId}/members")
    @Operation(summary = "Admit a council to the hub from today (administrators)")
    public OrganisationDetails admit(@PathParam("hubId") long hubId, Membership membership) {
        if (membership == null || membership.councilId() == null) {
            throw InvalidInputException.of("councilId", "Select the council to admit.");
        }
        return organisations.admitToHub(hubId, membership.councilId());
    }

    @DELETE
    @Path("{hubId}/members/{councilId}")
    @Operation(summary = "Record that a council left the hub today (administrators)")
    public OrganisationDetails release(@PathParam("hubId") long hubId, @PathParam("councilId") long councilId) {
        return organisations.releaseFromHub(hubId, councilId);
    }
}
