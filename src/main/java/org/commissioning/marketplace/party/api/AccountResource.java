package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.party.application.AccountService;
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
    @Path("{id}/enabled")
    @Operation(summary = "Enable or disable an account (administrators)")
    public AccountView setEnabled(@PathParam("id") long id, Enabled body) {
        if (body == null || body.enabled() == null) {
            throw InvalidInputException.of("enabled", "Say whether the account is enabled: true or false.");
        }
        return accounts.setEnabled(id, body.enabled());
    }
}
