package org.commissioning.marketplace.tendering.api;

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
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.tendering.application.OcdsTenderRelease;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.Cancellation;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionInput;
import org.commissioning.marketplace.tendering.application.TenderViews.Declaration;
import org.commissioning.marketplace.tendering.application.TenderViews.LotInput;
import org.commissioning.marketplace.tendering.application.TenderViews.QuestionInput;
import org.commissioning.marketplace.tendering.application.TenderViews.TeamInput;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderPlan;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.TenderStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;

/** Tenders: hubs draft and publish them; providers and member councils read published ones. */
@Path("tenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders", description = "Regional tenders for frameworks, open frameworks and dynamic markets")
public class TenderResource {

    @Inject
    TenderService tenders;

    @GET
    @Operation(summary = "Tenders the caller can see, newest first, optionally by status")
    public Page<TenderSummary> list(@QueryParam("status") TenderStatus status,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return tenders.list(status, new PageRequest(page, size));
    }

    @POST
    @Operation(summary = "Draft a tender for the caller's hub (hub commissioners)")
    public Response draft(TenderPlan plan, @Context UriInfo uri) {
        TenderView created = tenders.draft(plan);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public TenderView get(@PathParam("id") long id) {
        return tenders.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft's terms and timeline; send the version you read")
    public TenderView redraft(@PathParam("id") long id, @QueryParam("version") Long version, TenderPlan plan) {
        return tenders.redraft(id, plan, version);
    }

    @POST
    @Path("{id}/lots")
    @Operation(summary = "Add a lot, sized from the pooled demand of the tender's needs round")
    public TenderView addLot(@PathParam("id") long id, LotInput lot) {
        return tenders.addLot(id, lot);
    }

    @DELETE
    @Path("{id}/lots/{number}")
    public TenderView removeLot(@PathParam("id") long id, @PathParam("number") int number) {
        return tenders.removeLot(id, number);
    }

    @POST
    @Path("{id}/lots/{number}/criteria")
    @Operation(summary = "Add an award criterion with its weight; a lot's weights must total 100 to publish")
    public TenderView addCriterion(@PathParam("id") long id, @PathParam("number") int number, CriterionInput criterion) {
        return tenders.addCriterion(id, number, criterion);
    }

    @DELETE
    @Path("{id}/lots/{number}/criteria/{criterionId}")
    public TenderView removeCriterion(@PathParam("id") long id, @PathParam("number") int number,
                                      @PathParam("criterionId") long criterionId) {
        return tenders.removeCriterion(id, number, criterionId);
    }

    @POST
    @Path("{id}/selection-questions")
    @Operation(summary = "Add a pass/fail selection question")
    public TenderView addQuestion(@PathParam("id") long id, QuestionInput question) {
        return tenders.addSelectionQuestion(id, question);
    }

    @POST
    @Path("{id}/team")
    @Operation(summary = "Add a user of the hub to the tender team")
    public TenderView addTeamMember(@PathParam("id") long id, TeamInput member) {
        return tenders.addTeamMember(id, member);
    }

    @PUT
    @Path("{id}/team/my-declaration")
    @Operation(summary = "Declare your interests for the tender (Procurement Act 2023 ss.81-83)")
    public TenderView declare(@PathParam("id") long id, Declaration declaration) {
        return tenders.declare(id, declaration);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish the tender: refused, with every reason, while weights, declarations, term or timeline are not in order")
    public TenderView publish(@PathParam("id") long id) {
        return tenders.publish(id);
    }

    @POST
    @Path("{id}/cancellation")
    public TenderView cancel(@PathParam("id") long id, Cancellation cancellation) {
        return tenders.cancel(id, cancellation);
    }

    @POST
    @Path("{id}/evaluation")
    @Operation(summary = "Start evaluation once the bid deadline has passed")
    public TenderView startEvaluation(@PathParam("id") long id) {
        return tenders.startEvaluation(id);
    }

    @GET
    @Path("{id}/ocds")
    @Operation(summary = "The OCDS 1.1.5 release package of the tender notice (open data; no sign-in)")
    public Response ocds(@PathParam("id") long id, @Context UriInfo uri) {
        var release = jakarta.json.Json.createReader(new StringReader(tenders.ocdsRelease(id))).readObject();
        return Response.ok(OcdsTenderRelease.releasePackage(release, uri.getAbsolutePath().toString(),
                "Regional Commissioning Marketplace").toString(), MediaType.APPLICATION_JSON).build();
    }
}
