package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commissioning.marketplace.party.application.PasswordLinks;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Setting a password with an emailed link, and asking for one when a password is forgotten (public). */
@Path("passwords")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Passwords", description = "Invitations and forgotten passwords")
public class PasswordResource {

    /** A forgotten password: the address the account signs in with. */
    public record ResetRequest(String email) {
    }

    /** The secret from an emailed link, and the new password. */
    public record NewPassword(String token, String password) {
    }

    @Inject
    PasswordLinks links;

    @POST
    @Path("reset-requests")
    @Operation(summary = "Email a link to reset a forgotten password (public). The answer is 202 whether or not the "
            + "address has an account.")
    public Response requestReset(ResetRequest request, @Context HttpServletRequest http) {
        links.requestReset(request == null ? null : request.email(), http.getRemoteAddr());
        return Response.accepted(Map.of("message", "If the address has an account, a link to reset its password "
                + "is on its way. It works once, for one hour.")).build();
    }

    @POST
    @Operation(summary = "Set a password with the secret from an invitation or reset link (public); the link works once")
    public Response set(NewPassword body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw InvalidInputException.of("token", "Give the secret from the link (token).");
        }
        String username = links.setPassword(body.token(), body.password());
        return Response.ok(Map.of("username", username, "message", "Your password is set. Sign in with it.")).build();
    }
}
