package org.commissioning.marketplace.evaluation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commissioning.marketplace.evaluation.application.AdmissionService;
import org.commissioning.marketplace.evaluation.application.AwardService;
import org.commissioning.marketplace.evaluation.application.NoticeService;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.evaluation.application.EvaluationService;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AgreementView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AssessmentSummary;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AwardView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.EvaluatorWork;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.LotRankingView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ModerationLine;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Evaluation, award and the agreement of one tender. A root path with a literal segment after the
 * tender id: every {@code tenders/{id}/evaluation...} address belongs here (a root resource hides
 * other resources' methods under its path), including starting evaluation.
 */
@Path("tenders/{tenderId}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation and award", description = "Evaluators, conflicts, scores, moderation, ranking, award, standstill, agreement")
public class EvaluationResource {

    /** criterionId: for a young evaluator, the one quality question of the lot they score. */
    public record Assignment(Integer lot, String evaluator, Long criterionId) {
    }

    public record Declaration(Long providerId, Boolean conflict, String details) {
    }

    public record Score(Long bidId, Integer lot, Long criterionId, BigDecimal score, String justification) {
    }

    public record Exclusion(Long bidId, String reason) {
    }

    public record Proposal(Map<Integer, Integer> appoint) {
    }

    public record Challenge(String details) {
    }

    public record ChallengeOutcome(Boolean upheld) {
    }

    public record MemberChange(Integer lot, Long providerId, String status, String reason) {
    }

    public record Application(Integer lot, BidContent content) {
    }

    /** Marks keyed by criterion id (as JSON object keys). */
    /**
     * The hub's decision on an application to a dynamic market: whether it meets the conditions of
     * participation, the commissioner's declaration of no conflict of interest with the applicant, and the reasons.
     */
    public record Decision(Boolean conditionsMet, Boolean noConflictDeclared, String rationale) {
    }

    /**
     * An evaluator's assessment of an application: {@code conflict} true with its details, or
     * {@code meetsConditions} with the reasons.
     */
    public record Assessment(Boolean conflict, String conflictDetails, Boolean meetsConditions, String reasons) {
    }

    @Inject
    EvaluationService evaluation;

    @Inject
    AwardService awards;

    @Inject
    NoticeService notices;

    @Inject
    TenderService tenders;

    @Inject
    AdmissionService admissions;

    @POST
    @Operation(summary = "Start evaluation once the bid deadline has passed (assigning an evaluator also starts it)")
    public TenderView start(@PathParam("tenderId") long tenderId) {
        return tenders.startEvaluation(tenderId);
    }

    @POST
    @Path("assignments")
    @Operation(summary = "Assign an evaluator of your hub to a lot, or a young evaluator to one quality question of it "
            + "(criterionId) (hub commissioners, after opening); starts evaluation")
    public List<String> assign(@PathParam("tenderId") long tenderId, Assignment a) {
        return evaluation.assign(tenderId, a == null || a.lot() == null ? 0 : a.lot(), a == null ? null : a.evaluator(),
                a == null ? null : a.criterionId());
    }

    @POST
    @Path("exclusions")
    @Operation(summary = "Exclude a bid that fails selection, with the reason (hub commissioners)")
    public Response exclude(@PathParam("tenderId") long tenderId, Exclusion x) {
        evaluation.exclude(tenderId, x == null || x.bidId() == null ? 0 : x.bidId(), x == null ? null : x.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("my-work")
    @Operation(summary = "An evaluator's work: bidders to declare conflicts about, then the answers to score")
    public EvaluatorWork work(@PathParam("tenderId") long tenderId) {
        return evaluation.work(tenderId);
    }

    @POST
    @Path("my-declarations")
    @Operation(summary = "Declare a conflict of interest, or none, for one bidder (evaluators; ss.81-83)")
    public EvaluatorWork declare(@PathParam("tenderId") long tenderId, Declaration d) {
        return evaluation.declare(tenderId, d == null || d.providerId() == null ? 0 : d.providerId(),
                d != null && Boolean.TRUE.equals(d.conflict()), d == null ? null : d.details());
    }

    @PUT
    @Path("my-scores")
    @Operation(summary = "Score one answer independently, with a written justification (evaluators)")
    public EvaluatorWork score(@PathParam("tenderId") long tenderId, Score s) {
        return evaluation.score(tenderId, s == null || s.bidId() == null ? 0 : s.bidId(), s == null || s.lot() == null ? 0 : s.lot(),
                s == null || s.criterionId() == null ? 0 : s.criterionId(), s == null ? null : s.score(), s == null ? null : s.justification());
    }

    @GET
    @Path("lots/{lot}/moderation")
    @Operation(summary = "Every answer of a lot with the evaluators' scores, wide disagreements flagged (hub commissioners)")
    public List<ModerationLine> moderation(@PathParam("tenderId") long tenderId, @PathParam("lot") int lot) {
        return evaluation.moderation(tenderId, lot);
    }

    @PUT
    @Path("lots/{lot}/moderation")
    @Operation(summary = "Agree the moderated score of one answer, with the rationale (hub commissioners)")
    public ModerationLine moderate(@PathParam("tenderId") long tenderId, @PathParam("lot") int lot, Score s) {
        return evaluation.moderate(tenderId, s == null || s.bidId() == null ? 0 : s.bidId(), lot,
                s == null || s.criterionId() == null ? 0 : s.criterionId(), s == null ? null : s.score(), s == null ? null : s.justification());
    }

    @GET
    @Path("lots/{lot}/ranking")
    @Operation(summary = "The lot's ranking computed from moderated scores and prices, or what is missing (hub commissioners)")
    public LotRankingView ranking(@PathParam("tenderId") long tenderId, @PathParam("lot") int lot) {
        return evaluation.ranking(tenderId, lot);
    }

    @GET
    @Path("lots/{lot}/report")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The lot's evaluation report as a PDF: ranks, exclusions, conflicts, scores and moderation notes")
    public Response report(@PathParam("tenderId") long tenderId, @PathParam("lot") int lot) {
        return org.commissioning.marketplace.shared.api.Downloads.of(evaluation.report(tenderId, lot));
    }

    @POST
    @Path("award")
    @Operation(summary = "Propose the award: how many ranked providers to appoint per lot (hub commissioners)")
    public AwardView propose(@PathParam("tenderId") long tenderId, Proposal p) {
        return awards.propose(tenderId, p == null ? null : p.appoint());
    }

    @GET
    @Path("award")
    @Operation(summary = "The award, its approval and standstill (hub commissioners)")
    public AwardView award(@PathParam("tenderId") long tenderId) {
        return awards.award(tenderId);
    }

    @POST
    @Path("award/approval")
    @Operation(summary = "Approve the award: a second hub commissioner (four eyes). Publishes the contract award notice, "
            + "sends assessment summaries, starts standstill")
    public AwardView approve(@PathParam("tenderId") long tenderId) {
        return awards.approve(tenderId);
    }

    @POST
    @Path("award/challenge")
    @Operation(summary = "Record a challenge lodged during standstill: the award is suspended (hub commissioners)")
    public AwardView challenge(@PathParam("tenderId") long tenderId, Challenge c) {
        return awards.challenge(tenderId, c == null ? null : c.details());
    }

    @POST
    @Path("award/challenge-outcome")
    @Operation(summary = "Record the challenge's outcome: upheld withdraws the award, dismissed lets it go on (hub commissioners)")
    public AwardView challengeOutcome(@PathParam("tenderId") long tenderId, ChallengeOutcome o) {
        return awards.challengeOutcome(tenderId, o != null && Boolean.TRUE.equals(o.upheld()));
    }

    @GET
    @Path("award/ocds")
    @Operation(summary = "The contract award notice as an OCDS 1.1.5 release (tag award): open data")
    public String awardOcds(@PathParam("tenderId") long tenderId) {
        return awards.ocdsRelease(tenderId);
    }

    @PUT
    @Path("agreement/members")
    @Operation(summary = "Suspend, reinstate or remove an appointed provider on a lot, with the reason (hub commissioners)")
    public AgreementView changeMember(@PathParam("tenderId") long tenderId, MemberChange c) {
        return awards.changeMember(tenderId, c == null || c.lot() == null ? 0 : c.lot(), c == null || c.providerId() == null ? 0
                : c.providerId(), c == null ? null : c.status(), c == null ? null : c.reason());
    }

    /** A new end date for the agreement's term, within the extension the tender allowed, and why. */
    public record Extension(java.time.LocalDate endsOn, String reason) {
    }

    /** Why the agreement ends early. */
    public record Termination(String reason) {
    }

    /** What changes in a dynamic market's terms and, when it is to cease, its last day (optional). */
    public record MarketModification(String description, java.time.LocalDate ceasesOn) {
    }

    @POST
    @Path("agreement/modifications")
    @Operation(summary = "Modify a live dynamic market's terms, publishing its dynamic market notice (UK14); optionally the day it "
            + "ceases (hub commissioners)")
    public AgreementView modifyDynamicMarket(@PathParam("tenderId") long tenderId, MarketModification m) {
        return awards.modifyDynamicMarket(tenderId, m == null ? null : m.description(), m == null ? null : m.ceasesOn());
    }

    @POST
    @Path("agreement/extension")
    @Operation(summary = "Extend the agreement's term to a later end date, within the extension the tender allowed (hub commissioners)")
    public AgreementView extend(@PathParam("tenderId") long tenderId, Extension e) {
        return awards.extend(tenderId, e == null ? null : e.endsOn(), e == null ? null : e.reason());
    }

    @POST
    @Path("agreement/termination")
    @Operation(summary = "End the agreement early with a reason: no more call-offs; placements made go on (hub commissioners)")
    public AgreementView terminate(@PathParam("tenderId") long tenderId, Termination t) {
        return awards.terminate(tenderId, t == null ? null : t.reason());
    }

    /** How councils call off: DIRECT_AWARD or FURTHER_COMPETITION. */
    public record CallOffChoice(org.commissioning.marketplace.shared.domain.CallOffRoute route) {
    }

    @PUT
    @Path("agreement/call-off-route")
    @Operation(summary = "Say how councils call off from the agreement: direct award by rank or further competition (hub commissioners)")
    public AgreementView callOffRoute(@PathParam("tenderId") long tenderId, CallOffChoice c) {
        return awards.chooseCallOffRoute(tenderId, c == null ? null : c.route());
    }

    @POST
    @Path("agreement/applications")
    @Operation(summary = "Apply to join a lot of a live dynamic market (any time) or a reopened open framework (providers)")
    public Response apply(@PathParam("tenderId") long tenderId, Application a) {
        return Response.status(Response.Status.CREATED).entity(admissions.apply(tenderId, a == null || a.lot() == null ? 0 : a.lot(),
                a == null ? null : a.content())).build();
    }

    @GET
    @Path("agreement/applications")
    @Operation(summary = "Applications to join the agreement: all for the hub, a provider's own for a provider, those on an "
            + "evaluator's assigned lots for an evaluator")
    public List<AdmissionService.ApplicationView> applications(@PathParam("tenderId") long tenderId) {
        return admissions.list(tenderId);
    }

    @PUT
    @Path("agreement/applications/{applicationId}/decision")
    @Operation(summary = "Decide on an application to join a dynamic market (hub commissioners): admitted when it meets the conditions "
            + "of participation; the commissioner first declares no conflict of interest with the applicant (400 naming "
            + "'declaration' otherwise); the applicant is emailed the decision and reasons")
    public AdmissionService.ApplicationView decide(@PathParam("tenderId") long tenderId, @PathParam("applicationId") long applicationId,
                                                   Decision d) {
        return admissions.decide(tenderId, applicationId, d != null && Boolean.TRUE.equals(d.conditionsMet()),
                d != null && Boolean.TRUE.equals(d.noConflictDeclared()), d == null ? null : d.rationale());
    }

    @PUT
    @Path("agreement/applications/{applicationId}/my-assessment")
    @Operation(summary = "Assess an application to join a dynamic market (evaluators assigned to its lot): declare a conflict of "
            + "interest with the applicant, or say whether it meets the conditions of participation and why; revisable until "
            + "the hub decides, which waits for one assessment without a conflict")
    public AdmissionService.ApplicationView assess(@PathParam("tenderId") long tenderId, @PathParam("applicationId") long applicationId,
                                                   Assessment a) {
        return admissions.assess(tenderId, applicationId, a != null && Boolean.TRUE.equals(a.conflict()),
                a == null ? null : a.conflictDetails(), a == null ? null : a.meetsConditions(), a == null ? null : a.reasons());
    }

    @POST
    @Path("agreement/reopening")
    @Operation(summary = "Reopen an open framework on its schedule (hub commissioners): within 30 days of a scheduled reopening date, "
            + "once for each, while its agreement is live; drafts the competition on the same terms (201), whose final award replaces "
            + "the framework's ranked membership; 409 outside every window or when the date's competition exists")
    public Response reopen(@PathParam("tenderId") long tenderId, TenderService.ReopeningPlan plan, @Context UriInfo uri) {
        var reopening = admissions.reopen(tenderId, plan);
        return Response.created(uri.getBaseUriBuilder().path("tenders").path(String.valueOf(reopening.id())).build())
                .entity(reopening).build();
    }

    @GET
    @Path("notices")
    @Operation(summary = "The Procurement Act notices the tender's life calls for, each with when it is due and whether it is published, "
            + "due or overdue (the hub's commissioners)")
    public List<NoticeService.NoticeLine> notices(@PathParam("tenderId") long tenderId) {
        return notices.schedule(tenderId);
    }

    @GET
    @Path("notices/{code}/ocds")
    @Operation(summary = "A published notice (UK4, UK6, UK7, UK11, UK12, UK13 or UK15) as an OCDS 1.1.5 release: open data; 404 until "
            + "it is published")
    public String noticeOcds(@PathParam("tenderId") long tenderId, @PathParam("code") String code) {
        return notices.ocds(tenderId, code(code));
    }

    @GET
    @Path("notices/{code}")
    @Operation(summary = "A published notice in plain words, read from its OCDS release: open data")
    public NoticeService.ReadableNotice notice(@PathParam("tenderId") long tenderId, @PathParam("code") String code) {
        return notices.readable(tenderId, code(code));
    }

    private static ProcurementNotices.Code code(String code) {
        try {
            return ProcurementNotices.Code.valueOf(code == null ? "" : code.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no notice " + code
                    + "; the notices are " + java.util.Arrays.toString(ProcurementNotices.Code.values()) + ".");
        }
    }

    @GET
    @Path("agreement/ocds")
    @Operation(summary = "The live agreement's contract details notice as an OCDS 1.1.5 release (tag contract): open data")
    public String agreementOcds(@PathParam("tenderId") long tenderId) {
        return awards.ocdsContract(tenderId);
    }

    @GET
    @Path("my-assessment")
    @Operation(summary = "A bidder's assessment summary: its own marks and reasons, the winners' marks (providers)")
    public AssessmentSummary mine(@PathParam("tenderId") long tenderId) {
        return awards.mySummary(tenderId);
    }

    @GET
    @Path("agreement")
    @Operation(summary = "The live framework agreement: appointed providers per lot in rank order with their prices")
    public AgreementView agreement(@PathParam("tenderId") long tenderId) {
        return awards.agreement(tenderId);
    }
}
