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

import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.tendering.application.TenderEngagementService;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.AnswerText;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.ClarificationView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DeadlineChange;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DocumentFile;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DocumentView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.QuestionText;
import org.commissioning.marketplace.tendering.domain.TenderDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.io.StringReader;

/**
 * Tenders: hubs draft and publish them; providers and member councils read published ones, follow
 * them, download their documents and ask clarification questions.
 */
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

    @POST
    @Path("{id}/copies")
    @Operation(summary = "Start a new draft from one of the hub's tenders: lots, criteria and weights, selection questions, "
            + "award rule and documents copied, never bids or evaluations; the body gives the new terms and timeline")
    public Response startFrom(@PathParam("id") long id, TenderPlan plan, @Context UriInfo uri) {
        TenderView created = tenders.startFrom(id, plan);
        return Response.created(uri.getBaseUriBuilder().path("tenders").path(String.valueOf(created.id())).build())
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

    @PUT
    @Path("{id}/lots/{number}")
    @Operation(summary = "Change a draft's lot; it is sized again from the pooled demand")
    public TenderView reviseLot(@PathParam("id") long id, @PathParam("number") int number, LotInput lot) {
        return tenders.reviseLot(id, number, lot);
    }

    @DELETE
    @Path("{id}/lots/{number}")
    @Operation(summary = "Remove a draft's lot with its criteria; later lots are numbered down")
    public TenderView removeLot(@PathParam("id") long id, @PathParam("number") int number) {
        return tenders.removeLot(id, number);
    }

    @POST
    @Path("{id}/lots/{number}/criteria")
    @Operation(summary = "Add an award criterion with its weight; a lot's weights must total 100 to publish")
    public TenderView addCriterion(@PathParam("id") long id, @PathParam("number") int number, CriterionInput criterion) {
        return tenders.addCriterion(id, number, criterion);
    }

    @PUT
    @Path("{id}/lots/{number}/criteria/{criterionId}")
    @Operation(summary = "Change an award criterion of a draft's lot; the lot's weights may not pass 100")
    public TenderView reviseCriterion(@PathParam("id") long id, @PathParam("number") int number,
                                      @PathParam("criterionId") long criterionId, CriterionInput criterion) {
        return tenders.reviseCriterion(id, number, criterionId, criterion);
    }

    @DELETE
    @Path("{id}/lots/{number}/criteria/{criterionId}")
    @Operation(summary = "Remove an award criterion from a draft's lot")
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

    @PUT
    @Path("{id}/selection-questions/{position}")
    @Operation(summary = "Change a draft's selection question")
    public TenderView reviseQuestion(@PathParam("id") long id, @PathParam("position") int position, QuestionInput question) {
        return tenders.reviseSelectionQuestion(id, position, question);
    }

    @DELETE
    @Path("{id}/selection-questions/{position}")
    @Operation(summary = "Remove a draft's selection question; the ones after it move up")
    public TenderView removeQuestion(@PathParam("id") long id, @PathParam("position") int position) {
        return tenders.removeSelectionQuestion(id, position);
    }

    @DELETE
    @Path("{id}/team/{username}")
    @Operation(summary = "Take a member off a draft's tender team")
    public TenderView removeTeamMember(@PathParam("id") long id, @PathParam("username") String username) {
        return tenders.removeTeamMember(id, username);
    }

    @POST
    @Path("{id}/team")
    @Operation(summary = "Add a user of the hub to the tender team")
    public TenderView addTeamMember(@PathParam("id") long id, TeamInput member) {
        return tenders.addTeamMember(id, member);
    }

    public record AwardRule(Integer appointPerLot, java.math.BigDecimal scoreThreshold) {
    }

    @PUT
    @Path("{id}/award-rule")
    @Operation(summary = "State the award rule before publication: how many providers each lot appoints and/or the total score a bid must reach")
    public TenderView awardRule(@PathParam("id") long id, AwardRule rule) {
        return tenders.stateAwardRule(id, rule == null ? null : rule.appointPerLot(), rule == null ? null : rule.scoreThreshold());
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

    /** What the hub wants to learn from the market, how providers take part, and the day the engagement closes. */
    public record MarketEngagement(String description, String howToRespond, java.time.LocalDate closesOn) {
    }

    @POST
    @Path("{id}/market-engagement")
    @Operation(summary = "Engage the market before tendering: records it on the draft and publishes the preliminary market "
            + "engagement notice (UK2), once, before the tender notice (hub commissioners)")
    public TenderView engageMarket(@PathParam("id") long id, MarketEngagement m) {
        return tenders.engageMarket(id, m == null ? null : m.description(), m == null ? null : m.howToRespond(),
                m == null ? null : m.closesOn());
    }

    @POST
    @Path("{id}/cancellation")
    public TenderView cancel(@PathParam("id") long id, Cancellation cancellation) {
        return tenders.cancel(id, cancellation);
    }

    @GET
    @Path("{id}/notice")
    @Operation(summary = "The published tender notice (UK4-like content; public, no sign-in)")
    public org.commissioning.marketplace.tendering.application.TenderViews.TenderNoticeView notice(@PathParam("id") long id) {
        return tenders.notice(id);
    }

    @GET
    @Path("{id}/ocds")
    @Operation(summary = "The OCDS 1.1.5 release package of the tender notice (open data; no sign-in)")
    public Response ocds(@PathParam("id") long id, @Context UriInfo uri) {
        var release = jakarta.json.Json.createReader(new StringReader(tenders.ocdsRelease(id))).readObject();
        return Response.ok(OcdsTenderRelease.releasePackage(release, uri.getAbsolutePath().toString(),
                "Regional Commissioning Marketplace").toString(), MediaType.APPLICATION_JSON).build();
    }

    @Inject
    TenderEngagementService engagement;

    @PUT
    @Path("{id}/interest")
    @Operation(summary = "Follow the tender (providers): you are emailed when it changes")
    public Map<String, Boolean> follow(@PathParam("id") long id) {
        engagement.follow(id);
        return Map.of("following", true);
    }

    @GET
    @Path("{id}/interest")
    public Map<String, Boolean> following(@PathParam("id") long id) {
        return Map.of("following", engagement.following(id));
    }

    @GET
    @Path("{id}/clarifications")
    @Operation(summary = "Clarifications: the hub sees all with who asked; providers see published answers and their own questions")
    public List<ClarificationView> clarifications(@PathParam("id") long id) {
        return engagement.clarifications(id);
    }

    @POST
    @Path("{id}/clarifications")
    @Operation(summary = "Ask a clarification question (providers, before the clarification deadline)")
    public Response ask(@PathParam("id") long id, QuestionText question, @Context UriInfo uri) {
        ClarificationView asked = engagement.ask(id, question);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(asked.id())).build()).entity(asked).build();
    }

    @PUT
    @Path("{id}/clarifications/{clarificationId}/answer")
    @Operation(summary = "Answer a question; question and answer are published to all followers without the asker")
    public ClarificationView answer(@PathParam("id") long id, @PathParam("clarificationId") long clarificationId,
                                    AnswerText answer) {
        return engagement.answer(id, clarificationId, answer);
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The tender's documents, every version, newest first within a title")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return engagement.documents(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document version (hub commissioners): the body is the file; title and fileName as query parameters")
    public Response upload(@PathParam("id") long id, @QueryParam("title") String title, @QueryParam("fileName") String fileName,
                           InputStream body, @Context UriInfo uri) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) TenderDocument.MAX_BYTES + 1);
        if (content.length > TenderDocument.MAX_BYTES) {
            throw InvalidInputException.of("file", "The file is too large: at most 10 MB.");
        }
        DocumentView d = engagement.upload(id, title, fileName, content);
        return Response.created(uri.getBaseUriBuilder().path("tenders").path(String.valueOf(id)).path("documents")
                .path(String.valueOf(d.id())).path("content").build()).entity(d).build();
    }

    @GET
    @Path("{id}/documents/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document version")
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        DocumentFile file = engagement.download(id, documentId);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"").build();
    }

    @PUT
    @Path("{id}/deadlines")
    @Operation(summary = "Move the deadlines of a published tender; followers are emailed")
    public Response moveDeadlines(@PathParam("id") long id, DeadlineChange change) {
        engagement.moveDeadlines(id, change);
        return Response.noContent().build();
    }
}
