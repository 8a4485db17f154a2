package org.commissioning.marketplace.bidding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.application.BidViews.BidCounts;
import org.commissioning.marketplace.bidding.application.BidViews.OpenedBid;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.util.List;

/**
 * The bids section of hub/tender.xhtml: how many sealed bids each lot has, the audited opening after
 * the bid deadline, and the opened bids. Bidding's own bean, so tendering's page bean knows nothing of bids.
 */
@Named
@ViewScoped
public class HubBidsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BidService bids;

    private Long tenderId;
    private TenderStatus status;
    private BidCounts counts;
    private List<OpenedBid> opened = List.of();

    /** Reads the bids of a tender that has left draft ({@code status} from the tender the page shows). */
    public void load(Long tenderId, TenderStatus status) {
        this.tenderId = tenderId;
        this.status = status;
        if (tenderId == null || status == null || status == TenderStatus.DRAFT) {
            return;
        }
        try {
            counts = bids.counts(tenderId);
            if (counts.opened()) {
                opened = bids.opened(tenderId);
            }
        } catch (DomainException e) {
            Forms.report(e, "opening");
        }
    }

    /** The audited opening of the sealed bids, after the bid deadline. */
    public void open() {
        Forms.attempt(() -> bids.open(tenderId), "opening", "The bids are opened. This is recorded in the audit trail.",
                "/hub/tender.xhtml?id=" + tenderId + "#bids");
    }

    public boolean isOpenable() {
        return counts != null && !counts.opened()
                && (status == TenderStatus.BIDS_CLOSED || status == TenderStatus.IN_EVALUATION);
    }

    public BidCounts getCounts() {
        return counts;
    }

    public List<OpenedBid> getOpened() {
        return opened;
    }
}
