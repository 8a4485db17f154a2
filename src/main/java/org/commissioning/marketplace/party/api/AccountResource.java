package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.party.application.AccountService;
import org.commissioning.marketplace.party.application.Commands.RoleChange;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administering single accounts. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Sign-in accounts")
public class AccountResource {

    /** Whether the account may sign in. */
    public record Enabled(Boolean enabled) {
    }

    @Inject
    AccountService accounts;


    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles (its hub's administrators, platform administrators)")
    public AccountView changeRoles(@PathParam("id") long id, RoleChange change) {
        if (change == null) {
            throw InvalidInputException.of("roles", "Select at least one role.");
        }
        return accounts.changeRoles(id, change);
    }

    @POST
    @Path("{id}/invitation")
    @Operation(summary = "Send the invitation again to an account with no password yet (administrators)")
    public AccountView reinvite(@PathParam("id") long id) {
        return accounts.reinvite(id);
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/second-factor")
    @Operation(summary = "Clear an account's two-step sign-in, for a lost phone (administrators); 204")
    public jakarta.ws.rs.core.Response resetSecondFactor(@PathParam("id") long id) {
        accounts.resetSecondFactor(id);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @PUT
    @Path("{id}/enabled")
    @Operation(summary = "Enable or disable an account (its hub's administrators, platform administrators)")
    public AccountView setEnabled(@PathParam("id") long id, Enabled body) {
        if (body == null || body.enabled() == null) {
            throw InvalidInputException.of("enabled", "Say whether the account is enabled: true or false.");
        }
        return accounts.setEnabled(id, body.enabled());
    }
}
