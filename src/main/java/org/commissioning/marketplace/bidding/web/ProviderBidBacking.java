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
import org.commissioning.marketplace.shared.web.Confirmation;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionView;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;

import java.io.Serializable;
import jakarta.servlet.http.Part;
import org.commissioning.marketplace.bidding.domain.EvidenceFile;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

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

    /**
     * One lot of the form: whether to bid, the fees per need level, capacity and answers (also the
     * form of an application to join a live agreement's lot).
     */
    public static final class LotForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LotView lot;
        private boolean include;
        private final Map<String, BigDecimal> fees = new HashMap<>();
        private Integer capacity;
        private final Map<String, String> answers = new HashMap<>();

        public LotForm(LotView lot) {
            this.lot = lot;
        }

        /** What the form says, as a bid on its lot. */
        public BidContent.LotBid lotBid() {
            return new BidContent.LotBid(lot.number(), new HashMap<>(fees), capacity, new HashMap<>(answers));
        }

        /** The form as a bid on this lot said it. */
        void fill(BidContent.LotBid saved) {
            include = true;
            if (saved.weeklyFees() != null) {
                fees.putAll(saved.weeklyFees());
            }
            capacity = saved.capacity();
            if (saved.answers() != null) {
                answers.putAll(saved.answers());
            }
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
    @Inject
    org.commissioning.marketplace.shared.web.MoneyFormat money;

    private DraftView draft;
    private org.commissioning.marketplace.bidding.application.BidViews.SubmittedBid submission;
    private Confirmation confirmation;
    private List<LotForm> lots = new ArrayList<>();
    private final Map<String, String> selectionAnswers = new HashMap<>();
    private List<Receipt> receipts = List.of();
    /** Sent with the submission as its idempotency key: a double submit creates one bid. */
    private final String formToken = UUID.randomUUID().toString();
    private String purpose;
    private transient Part file;

    public void load() {
        if (tenderId == null) {
            Forms.redirect("/provider/tenders.xhtml");
            return;
        }
        try {
            tender = tenders.get(tenderId);
            receipts = bids.mine(tenderId).bids();
            draft = bids.draft(tenderId);
            submission = bids.mySubmission(tenderId).orElse(null);
            lots = new ArrayList<>(tender.lots().stream().map(LotForm::new).toList());
            BidContent content = draft.content();
            // A replacement starts from the bid sent, until its own draft is saved.
            if (submission != null && (content.lots() == null || content.lots().isEmpty())
                    && (content.selectionAnswers() == null || content.selectionAnswers().isEmpty())) {
                content = submission.content();
            }
            if (content.lots() != null) {
                for (BidContent.LotBid saved : content.lots()) {
                    lots.stream().filter(f -> f.lot.number() == saved.lot()).findFirst().ifPresent(f -> f.fill(saved));
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

    /** Saves the draft and, when it is complete, asks the provider to confirm what submitting it does. */
    public void submit() {
        try {
            saveDraft();
            if (!draft.problems().isEmpty()) {
                throw new InvalidInputException(draft.problems());
            }
            List<String> points = new ArrayList<>();
            lots.stream().filter(LotForm::isInclude).forEach(f -> points.add("You bid on lot " + f.lot.number() + ": "
                    + f.lot.title() + (f.fees.isEmpty() ? "" : ", weekly fees " + f.getLevels().stream()
                    .filter(l -> f.fees.get(l.name()) != null)
                    .map(l -> l.label().toLowerCase() + " " + money.pounds(f.fees.get(l.name())))
                    .collect(java.util.stream.Collectors.joining(", "))) + "."));
            points.add("Your bid is sealed: nobody, the hub included, can read it until the bids are opened after the deadline, "
                    + tender.bidDeadlineUk() + ".");
            if (submission != null) {
                points.add("It replaces the bid you submitted at " + org.commissioning.marketplace.shared.domain.UkTime.format(
                        submission.receipt().submittedAt()) + ".");
            }
            points.add("You get a receipt with a digest that proves what you sent.");
            confirmation = new Confirmation("submit", "Submit your bid on " + tender.reference() + "?", points, "Yes, submit my bid");
        } catch (DomainException e) {
            Forms.report(e, "bid");
        }
    }

    /** Runs the action the provider has just confirmed. */
    public void confirm() {
        String action = confirmation == null ? "" : confirmation.action();
        confirmation = null;
        switch (action) {
            case "submit" -> Forms.attempt(() -> {
                Receipt receipt = bids.submit(tenderId, formToken);
                Forms.notice("Your bid is submitted at " + org.commissioning.marketplace.shared.domain.UkTime.format(receipt.submittedAt())
                        + ". Receipt digest (SHA-256): " + receipt.digest() + ". It is sealed until the hub opens the bids after the deadline.");
            }, "bid", null, "/provider/bid.xhtml?tender=" + tenderId);
            case "withdraw" -> Forms.attempt(() -> bids.withdraw(tenderId), "withdraw", "Your bid is withdrawn.",
                    "/provider/bid.xhtml?tender=" + tenderId);
            default -> Forms.reload();
        }
    }

    public void dismiss() {
        confirmation = null;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public org.commissioning.marketplace.bidding.application.BidViews.SubmittedBid getSubmission() {
        return submission;
    }

    /** The lots of the submitted bid as the provider sent them, to show what was sent. */
    public List<LotForm> getSubmittedLots() {
        List<LotForm> sent = new ArrayList<>();
        if (submission == null || submission.content().lots() == null) {
            return sent;
        }
        for (BidContent.LotBid saved : submission.content().lots()) {
            tender.lots().stream().filter(l -> l.number() == saved.lot()).findFirst().ifPresent(l -> {
                LotForm f = new LotForm(l);
                f.fill(saved);
                sent.add(f);
            });
        }
        return sent;
    }

    /** Attaches the chosen file to the draft, for the chosen question. */
    public void attach() {
        Forms.attempt(() -> {
            if (file == null || file.getSize() == 0) {
                throw InvalidInputException.of("file", "Choose a file to attach.");
            }
            if (file.getSize() > EvidenceFile.MAX_BYTES) {
                throw InvalidInputException.of("file", "The file is larger than 10 MB.");
            }
            try (var in = file.getInputStream()) {
                var attached = bids.attach(tenderId, purpose, file.getSubmittedFileName(), in.readAllBytes());
                Forms.notice("\"" + attached.fileName() + "\" is attached to your draft for "
                        + purposeLabel(attached.purpose()).toLowerCase() + ".");
            } catch (java.io.IOException e) {
                throw InvalidInputException.of("file", "The file could not be read. Try again.");
            }
        }, "attach", null, "/provider/bid.xhtml?tender=" + tenderId);
    }

    public void remove(long attachmentId) {
        Forms.attempt(() -> bids.removeAttachment(tenderId, attachmentId), "attach", "The file is removed from your draft.",
                "/provider/bid.xhtml?tender=" + tenderId);
    }

    /** "selection 2" reads "Selection question 2"; "lot 1 answer 17" reads "Lot 1, quality question 17". */
    public String purposeLabel(String purpose) {
        if (purpose == null) {
            return "";
        }
        String[] words = purpose.split(" ");
        if (words.length == 2 && words[0].equals("selection")) {
            return "Selection question " + words[1];
        }
        if (words.length == 4 && words[0].equals("lot")) {
            long question = Long.parseLong(words[3]);
            String title = tender == null ? null : tender.lots().stream().flatMap(l -> l.criteria().stream())
                    .filter(c -> c.id() == question).map(CriterionView::title).findFirst().orElse(null);
            return "Lot " + words[1] + ", " + (title == null ? "question " + question : title);
        }
        return purpose;
    }

    public String getAllowedFiles() {
        return EvidenceFile.ALLOWED + ", at most 10 MB each and " + EvidenceFile.MAX_PER_BID + " files a bid";
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void withdraw() {
        confirmation = new Confirmation("withdraw", "Withdraw your bid on " + tender.reference() + "?", List.of(
                "Your submitted bid stops counting: the hub will not evaluate it.",
                "You can still submit a new bid before the deadline, " + tender.bidDeadlineUk() + "."), "Yes, withdraw my bid");
    }

    private void saveDraft() {
        List<BidContent.LotBid> chosen = lots.stream().filter(LotForm::isInclude).map(LotForm::lotBid).toList();
        draft = bids.saveDraft(tenderId, BidContent.of(chosen, new HashMap<>(selectionAnswers)), draft.version());
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
