package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.party.application.AccountService;
import org.commissioning.marketplace.party.application.Commands.ContactChange;
import org.commissioning.marketplace.party.application.Commands.NewAccount;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.party.application.Views.OrganisationSummary;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hubs, councils and providers, and their accounts, within the caller's tenancy. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Hubs, councils and providers")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "All organisations, paged and filtered (administrators)")
    public Page<OrganisationSummary> list(@QueryParam("kind") OrganisationKind kind,
                                          @QueryParam("status") OrganisationStatus status,
                                          @QueryParam("name") String name,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("20") int size) {
        return organisations.list(kind, status, name, new PageRequest(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation in full, if the caller may see it")
    public OrganisationDetails get(@PathParam("id") long id) {
        return organisations.details(id);
    }

    @PUT
    @Path("{id}/contact")
    @Operation(summary = "Change the contact email; send the version you read (409 if it changed since)")
    public OrganisationDetails changeContact(@PathParam("id") long id, ContactChange change) {
        return organisations.changeContact(id, change);
    }

    @POST
    @Path("{id}/suspension")
    @Operation(summary = "Suspend an organisation: its users can no longer sign in (administrators)")
    public OrganisationDetails suspend(@PathParam("id") long id) {
        return organisations.suspend(id);
    }

    @DELETE
    @Path("{id}/suspension")
    @Operation(summary = "Lift a suspension (administrators)")
    public OrganisationDetails reactivate(@PathParam("id") long id) {
        return organisations.reactivate(id);
    }

    @GET
    @Path("{id}/accounts")
    @Operation(summary = "The organisation's accounts (its own users and administrators)")
    public Page<AccountView> accounts(@PathParam("id") long id,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        return accounts.accounts(id, new PageRequest(page, size));
    }

    @POST
    @Path("{id}/accounts")
    @Operation(summary = "Create an account for the organisation (administrators)")
    public Response createAccount(@PathParam("id") long id, NewAccount command, @Context UriInfo uri) {
        AccountView created = accounts.create(id, command);
        return Response.created(uri.getBaseUriBuilder().path("accounts").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
