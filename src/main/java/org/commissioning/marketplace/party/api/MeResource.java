package org.commissioning.marketplace.party.api;

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
import org.commissioning.marketplace.party.application.AccountService;
import org.commissioning.marketplace.party.application.ApiTokenService;
import org.commissioning.marketplace.party.application.Commands.PasswordChange;
import org.commissioning.marketplace.party.application.Commands.TokenRequest;
import org.commissioning.marketplace.party.application.PasswordLinks;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.party.application.Views.IssuedToken;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.party.application.Views.TokenView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in user: their account, organisation and personal API tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in user")
public class MeResource {

    @Inject
    PasswordLinks links;

    @Inject
    InputValidator validator;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    ApiTokenService tokens;

    @GET
    @Operation(summary = "The signed-in account with its roles and organisation")
    public AccountView me() {
        return accounts.me();
    }

    @GET
    @Path("organisation")
    @Operation(summary = "The organisation the signed-in user acts for")
    public OrganisationDetails organisation() {
        return organisations.mine();
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change the signed-in user's password, giving the current one (204)")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw InvalidInputException.of("currentPassword", "Enter your current password.");
        }
        validator.check(change);
        links.changeOwn(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("preferences")
    @Operation(summary = "The signed-in user's settings: taskEmails says whether what waits for them is emailed each morning")
    public AccountService.Preferences preferences() {
        return accounts.preferences();
    }

    @PUT
    @Path("preferences")
    @Operation(summary = "Change the signed-in user's settings, like {\"taskEmails\": false}; audited")
    public AccountService.Preferences changePreferences(AccountService.Preferences change) {
        return accounts.changePreferences(change);
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The signed-in user's API tokens (never the secrets)")
    public List<TokenView> tokens() {
        return tokens.mine();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Issue a personal API token (valid 90 days, or validForDays from 1 to 365; only with a password, "
            + "never with another token); the secret is returned once, here")
    public Response issue(TokenRequest request, @Context UriInfo uri,
                          @jakarta.ws.rs.HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // A token could otherwise mint tokens that outlive its own revocation.
            throw new org.commissioning.marketplace.shared.domain.AccessDeniedException(
                    "A token cannot issue tokens: sign in with your password to issue one.");
        }
        IssuedToken issued = tokens.issue(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.id())).build())
                .entity(issued).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the signed-in user's API tokens")
    public TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
