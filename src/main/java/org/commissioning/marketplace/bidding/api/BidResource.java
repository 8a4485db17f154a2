package org.commissioning.marketplace.bidding.api;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.application.BidViews.BidCounts;
import org.commissioning.marketplace.bidding.application.BidViews.DraftView;
import org.commissioning.marketplace.bidding.application.BidViews.MyBids;
import org.commissioning.marketplace.bidding.application.BidViews.OpenedBid;
import org.commissioning.marketplace.bidding.application.BidViews.Receipt;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.bidding.domain.EvidenceFile;
import org.commissioning.marketplace.shared.api.Downloads;
import org.commissioning.marketplace.shared.api.MalformedJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Bids on a tender. A root path with a literal segment after the tender id, so it never hides the
 * tender resource's own sub-paths.
 */
@Path("tenders/{tenderId}/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bids", description = "Sealed bids: drafts, submissions with receipts, withdrawal, opening")
public class BidResource {

    /** Malformed JSON fails here as a JsonbException, answered 400 by the problem mappers. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BidService bids;

    @GET
    @Path("mine/draft")
    @Operation(summary = "The provider's draft bid, with what is still missing (providers, before the deadline)")
    public DraftView draft(@PathParam("tenderId") long tenderId) {
        return bids.draft(tenderId);
    }

    @PUT
    @Path("mine/draft")
    @Operation(summary = "Save the draft; send the version you read (409 if someone saved since)")
    public DraftView save(@PathParam("tenderId") long tenderId, @QueryParam("version") Long version, BidContent content) {
        return bids.saveDraft(tenderId, content, version);
    }

    @POST
    @Path("mine/submission")
    @Operation(summary = "Submit, sealed; returns the receipt. With a bid in the body, that bid replaces the draft and is "
            + "submitted in one request; with no body, the saved draft is submitted. Retries with the same Idempotency-Key "
            + "create nothing new")
    public Response submit(@PathParam("tenderId") long tenderId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           String body) {
        Receipt receipt = bids.submit(tenderId, idempotencyKey, body == null || body.isBlank() ? null : MalformedJson.bind(JSON, body, BidContent.class), body);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("mine/submission")
    @Operation(summary = "Your current bid and what it says (your own; the hub sees nothing until it opens the bids); 404 when you have none")
    public org.commissioning.marketplace.bidding.application.BidViews.SubmittedBid submission(@PathParam("tenderId") long tenderId) {
        return bids.mySubmission(tenderId).orElseThrow(() -> new org.commissioning.marketplace.shared.domain.NotFoundException(
                "You have no submitted bid on this tender."));
    }

    @DELETE
    @Path("mine/submission")
    @Operation(summary = "Withdraw the submitted bid (before the deadline)")
    public Receipt withdraw(@PathParam("tenderId") long tenderId) {
        return bids.withdraw(tenderId);
    }

    @POST
    @Path("mine/draft/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file to the draft (the request body is the file): purpose is \"selection N\" or "
            + "\"lot L answer Q\"; PDF, .docx, .xlsx, PNG or JPEG, at most 10 MB, 20 files a bid")
    public Response attach(@PathParam("tenderId") long tenderId, @QueryParam("purpose") String purpose,
                           @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        byte[] file = body == null ? new byte[0] : body.readNBytes((int) EvidenceFile.MAX_BYTES + 1);
        return Response.status(Response.Status.CREATED).entity(bids.attach(tenderId, purpose, fileName, file)).build();
    }

    @GET
    @Path("mine/draft/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file attached to your draft")
    public Response draftFile(@PathParam("tenderId") long tenderId, @PathParam("attachmentId") long attachmentId) {
        return Downloads.of(bids.draftFile(tenderId, attachmentId));
    }

    @DELETE
    @Path("mine/draft/attachments/{attachmentId}")
    @Operation(summary = "Remove a file from your draft")
    public Response removeFile(@PathParam("tenderId") long tenderId, @PathParam("attachmentId") long attachmentId) {
        bids.removeAttachment(tenderId, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("mine/{bidId}/receipt")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Your receipt for one of your submissions, as a PDF")
    public Response receipt(@PathParam("tenderId") long tenderId, @PathParam("bidId") long bidId) {
        return Downloads.of(bids.receiptFile(tenderId, bidId));
    }

    @GET
    @Path("{bidId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file of an opened bid, checked against its sealed digest (hub commissioners, after opening)")
    public Response openedFile(@PathParam("tenderId") long tenderId, @PathParam("bidId") long bidId,
                               @PathParam("attachmentId") long attachmentId) {
        return Downloads.of(bids.openedFile(tenderId, bidId, attachmentId));
    }


    @GET
    @Path("mine")
    @Operation(summary = "The provider's submitted, superseded and withdrawn bids with their receipts (no content)")
    public MyBids mine(@PathParam("tenderId") long tenderId) {
        return bids.mine(tenderId);
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many current bids each lot has (hub commissioners; all they see before opening)")
    public BidCounts counts(@PathParam("tenderId") long tenderId) {
        return bids.counts(tenderId);
    }

    @POST
    @Path("opening")
    @Operation(summary = "Open the bids after the bid deadline (hub commissioners; audited)")
    public BidCounts open(@PathParam("tenderId") long tenderId) {
        return bids.open(tenderId);
    }

    @GET
    @Operation(summary = "The opened bids with their content (hub commissioners, after opening)")
    public List<OpenedBid> opened(@PathParam("tenderId") long tenderId) {
        return bids.opened(tenderId);
    }
}
