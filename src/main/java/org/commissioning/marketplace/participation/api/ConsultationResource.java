package org.commissioning.marketplace.participation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.commissioning.marketplace.participation.application.ConsultationService;
import org.commissioning.marketplace.participation.application.ConsultationService.ConsultationSummary;
import org.commissioning.marketplace.participation.application.ConsultationService.ConsultationView;
import org.commissioning.marketplace.participation.application.ConsultationService.ResponseInput;
import org.commissioning.marketplace.participation.application.ConsultationService.ResponseView;
import org.commissioning.marketplace.participation.application.ConsultationService.YouSaidWeDid;
import org.commissioning.marketplace.participation.domain.ChangeKind;
import org.commissioning.marketplace.participation.domain.Consultation;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A hub's consultations with young people and families, and a tender's "you said, we did". */
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Consultations with young people and families, their themes, and \"you said, we did\" on tenders")
public class ConsultationResource {

    @Inject
    ConsultationService consultations;

    /** A theme drawn from what was said. */
    public record ThemeInput(String name, String youSaid) {
    }

    /** What a theme changed. */
    public record Decision(ChangeKind changeKind, String weDid) {
    }

    @GET
    @Operation(summary = "The hub's consultations, newest first (hub commissioners)")
    public Page<ConsultationSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("20") int size) {
        return consultations.list(new PageRequest(page, size));
    }

    @POST
    @Operation(summary = "Open a consultation on one of the hub's tenders or needs rounds: a title and one question per line")
    public Response open(Consultation.Plan plan, @Context UriInfo uri) {
        ConsultationView c = consultations.open(plan);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build()).entity(c).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A consultation, its questions and its themes with how many responses carry each")
    public ConsultationView get(@PathParam("id") long id) {
        return consultations.get(id);
    }

    @POST
    @Path("{id}/themes")
    @Operation(summary = "Draw a theme from what was said (\"you said\")")
    public ConsultationView addTheme(@PathParam("id") long id, ThemeInput theme) {
        if (theme == null) {
            throw InvalidInputException.of("name", "Name the theme.");
        }
        return consultations.addTheme(id, theme.name(), theme.youSaid());
    }

    @PUT
    @Path("{id}/themes/{themeId}/decision")
    @Operation(summary = "Record what a theme changed in the tender (\"we did\"): a lot, an award criterion, the specification, or no change and why")
    public ConsultationView decide(@PathParam("id") long id, @PathParam("themeId") long themeId, Decision decision) {
        if (decision == null) {
            throw InvalidInputException.of("changeKind", "Choose what the theme changed.");
        }
        return consultations.decide(id, themeId, decision.changeKind(), decision.weDid());
    }

    @POST
    @Path("{id}/responses")
    @Operation(summary = "Record a response heard at a session, while the consultation is open: who (never a name), the answers "
            + "in question order and the themes it bears on; sealed at rest")
    public Response record(@PathParam("id") long id, ResponseInput input) {
        return Response.status(Response.Status.CREATED).entity(consultations.record(id, input)).build();
    }

    @GET
    @Path("{id}/responses")
    @Operation(summary = "The responses, newest first (the hub only)")
    public Page<ResponseView> responses(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        return consultations.responses(id, new PageRequest(page, size));
    }

    @PUT
    @Path("{id}/responses/{responseId}/themes/{themeId}")
    @Operation(summary = "Tag a response with a theme drawn after it was recorded")
    public ResponseView tag(@PathParam("id") long id, @PathParam("responseId") long responseId, @PathParam("themeId") long themeId) {
        return consultations.tag(id, responseId, themeId);
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the consultation to responses (themes can still be decided)")
    public ConsultationView close(@PathParam("id") long id) {
        return consultations.close(id);
    }

    @GET
    @Path("you-said-we-did")
    @Operation(summary = "A tender's \"you said, we did\": decided themes and how many voices each carries, never a response "
            + "(anyone, once the tender is published)")
    public List<YouSaidWeDid> youSaidWeDid(@QueryParam("tender") Long tender) {
        if (tender == null) {
            throw InvalidInputException.of("tender", "Say which tender (tender=id).");
        }
        return consultations.youSaidWeDid(tender);
    }
}
