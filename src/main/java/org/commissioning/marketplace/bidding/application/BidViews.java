package org.commissioning.marketplace.bidding.application;

import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.bidding.domain.BidStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the bid services return: never sealed content before opening. */
public final class BidViews {
    private BidViews() {
    }

    /** The provider's draft: its content and the version to send back when saving. */
    public record DraftView(long bidId, long tenderId, BidContent content, long version, Map<String, String> problems,
                            List<AttachmentView> attachments, List<String> purposes) {
    }

    /** A file attached to the provider's draft. */
    public record AttachmentView(long id, String purpose, String fileName, String mediaType, long sizeBytes, String sha256) {
        public static AttachmentView of(BidContent.AttachmentRef ref) {
            return new AttachmentView(ref.id(), ref.purpose(), ref.fileName(), ref.mediaType(), ref.sizeBytes(), ref.sha256());
        }

        /** The size for people: "840 KB". */
        public String size() {
            return sizeBytes < 1024 ? sizeBytes + " bytes" : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                    : String.format("%.1f MB", sizeBytes / 1048576.0);
        }
    }


    /** Proof of submission: the server time and the SHA-256 digest of exactly what was sealed. */
    public record Receipt(long bidId, long tenderId, String tenderReference, Instant submittedAt, String digest,
                          BidStatus status) {
    }

    /** The provider's current bid and what it says (the provider's own; the hub sees it only once opened). */
    public record SubmittedBid(Receipt receipt, BidContent content) {
    }

    /** The provider's bids on a tender, newest first, without content. */
    public record MyBids(List<Receipt> bids) {
    }

    /** Before opening the hub sees only how many current bids each lot has. */
    public record BidCounts(long tenderId, Map<Integer, Long> bidsPerLot, boolean opened) {
    }

    /** An opened bid, for the hub after the bid deadline; the digest is checked against the content. */
    public record OpenedBid(long bidId, long providerId, String providerName, Instant submittedAt, String digest,
                            boolean digestMatches, BidContent content) {
    }
}
