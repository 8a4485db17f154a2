package org.commissioning.marketplace.bidding.api;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Submit the draft, sealed; returns the receipt. Retries with the same Idempotency-Key create nothing new")
    public Response submit(@PathParam("tenderId") long tenderId, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Receipt receipt = bids.submit(tenderId, idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @DELETE
    @Path("mine/submission")
    @Operation(summary = "Withdraw the submitted bid (before the deadline)")
    public Receipt withdraw(@PathParam("tenderId") long tenderId) {
        return bids.withdraw(tenderId);
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
