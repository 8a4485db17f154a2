package org.commissioning.marketplace.bidding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.application.BidViews.DraftView;
import org.commissioning.marketplace.bidding.application.BidViews.Receipt;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionView;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** provider/bid.xhtml: the provider's bid on one tender: draft, submit, withdraw, receipts. */
@Named
@ViewScoped
public class ProviderBidBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BidService bids;

    @Inject
    TenderService tenders;

    /** One lot of the form: whether to bid, the fees per need level, capacity and answers. */
    public static final class LotForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LotView lot;
        private boolean include;
        private final Map<String, BigDecimal> fees = new HashMap<>();
        private Integer capacity;
        private final Map<String, String> answers = new HashMap<>();

        LotForm(LotView lot) {
            this.lot = lot;
        }

        public LotView getLot() {
            return lot;
        }

        public List<NeedLevel> getLevels() {
            return lot.needLevel() == null ? List.of(NeedLevel.values()) : List.of(lot.needLevel());
        }

        public List<CriterionView> getQuestions() {
            return lot.criteria().stream().filter(c -> c.kind() != CriterionKind.PRICE).toList();
        }

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public Map<String, BigDecimal> getFees() {
            return fees;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }

        public Map<String, String> getAnswers() {
            return answers;
        }
    }

    private Long tenderId;
    private TenderView tender;
    private DraftView draft;
    private List<LotForm> lots = new ArrayList<>();
    private final Map<String, String> selectionAnswers = new HashMap<>();
    private List<Receipt> receipts = List.of();
    /** Sent with the submission as its idempotency key: a double submit creates one bid. */
    private final String formToken = UUID.randomUUID().toString();

    public void load() {
        if (tenderId == null) {
            Forms.redirect("/provider/tenders.xhtml");
            return;
        }
        try {
            tender = tenders.get(tenderId);
            receipts = bids.mine(tenderId).bids();
            draft = bids.draft(tenderId);
            lots = new ArrayList<>(tender.lots().stream().map(LotForm::new).toList());
            BidContent content = draft.content();
            if (content.lots() != null) {
                for (BidContent.LotBid saved : content.lots()) {
                    lots.stream().filter(f -> f.lot.number() == saved.lot()).findFirst().ifPresent(f -> {
                        f.include = true;
                        if (saved.weeklyFees() != null) {
                            f.fees.putAll(saved.weeklyFees());
                        }
                        f.capacity = saved.capacity();
                        if (saved.answers() != null) {
                            f.answers.putAll(saved.answers());
                        }
                    });
                }
            }
            if (content.selectionAnswers() != null) {
                selectionAnswers.putAll(content.selectionAnswers());
            }
        } catch (DomainException e) {
            Forms.report(e, "bid");
        }
    }

    public void save() {
        Forms.attempt(this::saveDraft, "bid", "Your draft is saved. Anyone in your organisation can carry on with it.",
                "/provider/bid.xhtml?tender=" + tenderId);
    }

    public void submit() {
        Forms.attempt(() -> {
            saveDraft();
            Receipt receipt = bids.submit(tenderId, formToken);
            Forms.notice("Your bid is submitted at " + org.commissioning.marketplace.shared.domain.UkTime.format(receipt.submittedAt())
                    + ". Receipt digest (SHA-256): " + receipt.digest() + ". It is sealed until the hub opens the bids after the deadline.");
        }, "bid", null, "/provider/bid.xhtml?tender=" + tenderId);
    }

    public void withdraw() {
        Forms.attempt(() -> bids.withdraw(tenderId), "withdraw", "Your bid is withdrawn.", "/provider/bid.xhtml?tender=" + tenderId);
    }

    private void saveDraft() {
        List<BidContent.LotBid> chosen = lots.stream().filter(LotForm::isInclude).map(f -> new BidContent.LotBid(
                f.lot.number(), new HashMap<>(f.fees), f.capacity, new HashMap<>(f.answers))).toList();
        draft = bids.saveDraft(tenderId, new BidContent(chosen, new HashMap<>(selectionAnswers)), draft.version());
    }

    public boolean isSubmitted() {
        return receipts.stream().anyMatch(r -> r.status() == org.commissioning.marketplace.bidding.domain.BidStatus.SUBMITTED);
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public TenderView getTender() {
        return tender;
    }

    public DraftView getDraft() {
        return draft;
    }

    public List<LotForm> getLots() {
        return lots;
    }

    public Map<String, String> getSelectionAnswers() {
        return selectionAnswers;
    }

    public List<Receipt> getReceipts() {
        return receipts;
    }
}
