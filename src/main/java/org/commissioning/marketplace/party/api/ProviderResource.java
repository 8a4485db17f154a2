package org.commissioning.marketplace.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.party.application.Commands.NewSetting;
import org.commissioning.marketplace.party.application.ProviderService;
import org.commissioning.marketplace.party.application.Views.SettingView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A provider's registered settings. */
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Providers and their Ofsted-registered settings")
public class ProviderResource {

    @Inject
    ProviderService providers;

    @POST
    @Path("{id}/settings")
    @Operation(summary = "Add a registered setting (the provider's own users)")
    public Response addSetting(@PathParam("id") long id, NewSetting command, @Context UriInfo uri) {
        SettingView setting = providers.addSetting(id, command);
        return Response.created(uri.getBaseUriBuilder().path("organisations").path(String.valueOf(id)).build())
                .entity(setting).build();
    }

    /** A setting's vacancies and the needs it is registered for. */
    public record Availability(Integer vacancies, java.util.Set<org.commissioning.marketplace.shared.domain.NeedTag> registeredNeeds) {
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/settings/{settingId}/availability")
    @Operation(summary = "Update a setting's vacancies and registered needs, which drive referral matching (the provider's own users)")
    public SettingView availability(@PathParam("id") long id, @PathParam("settingId") long settingId, Availability a) {
        return providers.updateAvailability(id, settingId, a == null ? null : a.vacancies(), a == null ? null : a.registeredNeeds());
    }

    @POST
    @Path("{id}/settings/{settingId}/inspections")
    @Operation(summary = "Record a new Ofsted inspection judgement for a setting; it becomes the current judgement and joins the "
            + "setting's history (the provider's own users)")
    public SettingView inspection(@PathParam("id") long id, @PathParam("settingId") long settingId,
                                  org.commissioning.marketplace.party.application.Commands.NewInspection command) {
        return providers.recordInspection(id, settingId, command);
    }
}
