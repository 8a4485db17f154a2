package org.commissioning.marketplace.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.web.Confirmation;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderEngagementService;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.AnswerText;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.ClarificationView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DocumentView;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionInput;
import org.commissioning.marketplace.tendering.application.TenderViews.Declaration;
import org.commissioning.marketplace.tendering.application.TenderViews.LotInput;
import org.commissioning.marketplace.tendering.application.TenderViews.QuestionInput;
import org.commissioning.marketplace.tendering.application.TenderViews.TeamInput;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;
import org.commissioning.marketplace.tendering.domain.TenderDocument;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** hub/tender.xhtml: building a draft tender, publishing it, and running it once published. */
@Named
@ViewScoped
public class HubTenderBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    @Inject
    TenderEngagementService engagement;

    @Inject
    org.commissioning.marketplace.party.application.PartyDirectory parties;


    @Inject
    org.commissioning.marketplace.need.application.NeedsService needs;

    /** The parts of the page, each shown on its own (?section=), in the order a commissioner builds a tender. */
    public record Section(String key, String label) implements Serializable {
    }

    static final List<Section> SECTIONS = List.of(new Section("overview", "Overview"), new Section("lots", "Lots and criteria"),
            new Section("selection", "Selection and award rule"), new Section("team", "Team and declarations"),
            new Section("documents", "Documents"), new Section("clarifications", "Clarification questions"));

    /** Where each anchor a change comes back to lives. */
    private static final Map<String, String> SECTION_OF = Map.of("#lots", "lots", "#selection", "selection",
            "#team-section", "team", "#terms", "overview", "#bids", "overview", "#clarifications", "clarifications",
            "#documents", "documents");

    private Long id;
    private String section = "overview";
    private Integer appointPerLot;
    private java.math.BigDecimal scoreThreshold;
    private TenderView tender;
    private List<ClarificationView> clarifications;
    private List<DocumentView> documents;
    private String lotTitle;
    private ServiceCategory lotCategory;
    private String lotSubRegion;
    private NeedLevel lotNeedLevel;
    private org.commissioning.marketplace.tendering.domain.PriceFormula lotPriceFormula =
            org.commissioning.marketplace.tendering.domain.PriceFormula.LOWEST_PRICE_RATIO;
    private Integer criterionLot;
    private CriterionKind criterionKind;
    private String criterionTitle;
    private Integer criterionWeight;
    private Integer criterionMaxMarks;
    private String criterionGuidance;
    private String question;
    private String questionGuidance;
    private String teamMember;
    private Boolean interest;
    private String interestDetails;
    private String mitigation;
    private String documentTitle;
    private transient Part documentFile;
    private final Map<Long, String> answers = new HashMap<>();
    private java.time.LocalDate newBidDate;
    private java.time.LocalTime newBidTime = java.time.LocalTime.of(17, 0);
    private String cancellationReason;
    /** What the page was opened to change (?lot=, ?criterion=, ?question=), loaded into the add forms. */
    private Integer editLot;
    private Long editCriterion;
    private Integer editQuestion;
    private TenderPlanForm terms;
    private boolean termsRefused;
    private Confirmation confirmation;
    private List<org.commissioning.marketplace.need.application.NeedsViews.RoundView> rounds = List.of();

    public void load() {
        if (id == null) {
            Forms.redirect("/hub/tenders.xhtml");
            return;
        }
        try {
            tender = tenders.get(id);
            clarifications = engagement.clarifications(id);
            documents = engagement.documents(id);
            if (tender.status() == TenderStatus.DRAFT) {
                prepareCorrections();
            }
        } catch (DomainException e) {
            Forms.report(e, "publish");
        }
    }

    /** A draft's forms: its terms filled in, and the lot, criterion or question the page was opened to change. */
    private void prepareCorrections() {
        if (terms == null) {
            terms = TenderPlanForm.of(tender);
            rounds = needs.rounds();
        }
        if (editLot != null && lotTitle == null) {
            tender.lots().stream().filter(l -> l.number() == editLot).findFirst().ifPresentOrElse(l -> {
                lotTitle = l.title();
                lotCategory = l.category();
                lotSubRegion = l.subRegion();
                lotNeedLevel = l.needLevel();
                lotPriceFormula = l.priceFormula();
            }, () -> editLot = null);
        }
        if (editCriterion != null && criterionTitle == null) {
            tender.lots().stream().flatMap(l -> l.criteria().stream().filter(c -> c.id() == editCriterion)
                    .map(c -> java.util.Map.entry(l.number(), c))).findFirst().ifPresentOrElse(e -> {
                        criterionLot = e.getKey();
                        criterionKind = e.getValue().kind();
                        criterionTitle = e.getValue().title();
                        criterionWeight = e.getValue().weight();
                        criterionMaxMarks = e.getValue().maxMarks();
                        criterionGuidance = e.getValue().guidance();
                    }, () -> editCriterion = null);
        }
        if (editQuestion != null && question == null) {
            tender.selectionQuestions().stream().filter(q -> q.position() == editQuestion).findFirst().ifPresentOrElse(q -> {
                question = q.question();
                questionGuidance = q.guidance();
            }, () -> editQuestion = null);
        }
    }

    public void reviseTerms() {
        try {
            tenders.redraft(id, terms.toPlan(), tender.version());
            Forms.notice("The terms and timeline are changed.");
            Forms.redirect(here("#terms"));
        } catch (org.commissioning.marketplace.shared.domain.DomainException e) {
            Forms.report(TenderPlanForm.renamed(e), "terms");
            termsRefused = true;
        }
    }

    /** Whether the terms were refused, so their form opens to show why. */
    public boolean isTermsRefused() {
        return termsRefused;
    }

    public void removeLot(int number) {
        act(() -> tenders.removeLot(id, number), "lots", "Lot " + number + " is removed, with its criteria.", "#lots");
    }

    public void removeCriterion(int lotNumber, long criterionId) {
        act(() -> tenders.removeCriterion(id, lotNumber, criterionId), "lots", "The criterion is removed from lot " + lotNumber + ".", "#lot-" + lotNumber);
    }

    public void removeQuestion(int position) {
        act(() -> tenders.removeSelectionQuestion(id, position), "selection-questions", "Selection question " + position + " is removed.",
                "#selection");
    }

    public void removeTeamMember(String username) {
        act(() -> tenders.removeTeamMember(id, username), "team-table", username + " is off the tender team.", "#team-section");
    }

    /** Adds a lot, or saves the changes to the one the page was opened to change. */
    public void addLot() {
        LotInput input = new LotInput(lotTitle, lotCategory, lotSubRegion, lotNeedLevel, lotPriceFormula);
        if (editLot != null) {
            act(() -> tenders.reviseLot(id, editLot, input), "lot", "Lot " + editLot + " is changed.", "#lot-" + editLot);
        } else {
            act(() -> tenders.addLot(id, input), "lot", "The lot is added.", "#lots");
        }
    }

    /** Adds a criterion, or saves the changes to the one the page was opened to change. */
    public void addCriterion() {
        if (criterionLot == null) {
            Forms.report(InvalidInputException.of("criterionLot", "Select the lot."), "criterion");
            return;
        }
        CriterionInput input = new CriterionInput(criterionKind, criterionTitle, criterionWeight, criterionMaxMarks, criterionGuidance);
        if (editCriterion != null) {
            act(() -> tenders.reviseCriterion(id, criterionLot, editCriterion, input), "criterion",
                    "The criterion of lot " + criterionLot + " is changed.", "#lot-" + criterionLot);
        } else {
            act(() -> tenders.addCriterion(id, criterionLot, input), "criterion", "The criterion is added to lot " + criterionLot + ".",
                    "#lot-" + criterionLot);
        }
    }

    /** Adds a selection question, or saves the changes to the one the page was opened to change. */
    public void addQuestion() {
        QuestionInput input = new QuestionInput(question, questionGuidance);
        if (editQuestion != null) {
            act(() -> tenders.reviseSelectionQuestion(id, editQuestion, input), "selection",
                    "Selection question " + editQuestion + " is changed.", "#selection");
        } else {
            act(() -> tenders.addSelectionQuestion(id, input), "selection", "The selection question is added.", "#selection");
        }
    }

    public void addTeamMember() {
        act(() -> tenders.addTeamMember(id, new TeamInput(teamMember)), "team-member", teamMember + " is on the tender team.", "#team-section");
    }

    public void declare() {
        act(() -> tenders.declare(id, new Declaration(interest, interestDetails, mitigation)), "declaration",
                "Your declaration is recorded.");
    }

    public org.commissioning.marketplace.tendering.domain.PriceFormula getLotPriceFormula() {
        return lotPriceFormula;
    }

    public void setLotPriceFormula(org.commissioning.marketplace.tendering.domain.PriceFormula lotPriceFormula) {
        this.lotPriceFormula = lotPriceFormula;
    }

    public org.commissioning.marketplace.tendering.domain.PriceFormula[] getPriceFormulas() {
        return org.commissioning.marketplace.tendering.domain.PriceFormula.values();
    }

    public void stateAwardRule() {
        act(() -> tenders.stateAwardRule(id, appointPerLot, scoreThreshold), "award-rule-form", "The award rule is stated.");
    }

    /** The award rule in words, for the page. */
    public String getAwardRuleText() {
        return tender == null ? "" : tender.awardRuleText();
    }

    public Integer getAppointPerLot() {
        return appointPerLot;
    }

    public void setAppointPerLot(Integer appointPerLot) {
        this.appointPerLot = appointPerLot;
    }

    public java.math.BigDecimal getScoreThreshold() {
        return scoreThreshold;
    }

    public void setScoreThreshold(java.math.BigDecimal scoreThreshold) {
        this.scoreThreshold = scoreThreshold;
    }

    /** Asks the hub to confirm publication, once nothing stops it. */
    public void publish() {
        if (!tender.publicationProblems().isEmpty()) {
            Forms.report(new InvalidInputException(tender.publicationProblems()), "publish");
            return;
        }
        confirmation = new Confirmation("publish", "Publish " + tender.reference() + "?", List.of(
                "The tender notice is published: anyone can read it, and it goes into the open data (OCDS).",
                "Providers can ask questions until " + tender.clarificationDeadlineUk() + " and bid on its "
                        + tender.lots().size() + (tender.lots().size() == 1 ? " lot" : " lots") + " until " + tender.bidDeadlineUk() + ".",
                "Its lots, criteria and questions can no longer be changed: after publication, answer clarification questions "
                        + "and move deadlines instead."), "Yes, publish the tender");
    }

    /** Runs the action the hub has just confirmed. */
    public void confirm() {
        String action = confirmation == null ? "" : confirmation.action();
        confirmation = null;
        if (action.equals("publish")) {
            act(() -> tenders.publish(id), "publish", "The tender is published, with its tender notice.");
        } else {
            Forms.redirect(here(""));
        }
    }

    public void dismiss() {
        confirmation = null;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public void answer(long clarificationId) {
        act(() -> engagement.answer(id, clarificationId, new AnswerText(answers.get(clarificationId))), "clarifications",
                "The answer is published to every provider following the tender.");
    }

    public void upload() {
        if (documentFile == null || documentFile.getSize() == 0) {
            Forms.report(InvalidInputException.of("file", "Choose the file to upload."), "document");
            return;
        }
        if (documentFile.getSize() > TenderDocument.MAX_BYTES) {
            Forms.report(InvalidInputException.of("file", "The file is too large: at most 10 MB."), "document");
            return;
        }
        try (InputStream in = documentFile.getInputStream()) {
            byte[] content = in.readAllBytes();
            String fileName = documentFile.getSubmittedFileName();
            act(() -> engagement.upload(id, documentTitle, fileName, content), "document", "The document is uploaded.");
        } catch (IOException e) {
            Forms.report(InvalidInputException.of("file", "The file could not be read."), "document");
        }
    }

    /** Gives bidders more time: a new bid deadline (UK time); followers are emailed. */
    public void moveBidDeadline() {
        act(() -> engagement.moveDeadlines(id, new org.commissioning.marketplace.tendering.application.TenderEngagementViews
                .DeadlineChange(null, TenderPlanForm.instant(newBidDate, newBidTime))), "deadlines",
                "The bid deadline is moved. Providers following the tender are emailed.");
    }

    public void cancel() {
        act(() -> tenders.cancel(id, new org.commissioning.marketplace.tendering.application.TenderViews
                .Cancellation(cancellationReason)), "cancel", "The tender is cancelled.");
    }

    public boolean isOpenForBids() {
        return tender != null && (tender.status() == TenderStatus.PUBLISHED || tender.status() == TenderStatus.CLARIFICATION_CLOSED);
    }

    public boolean isCancellable() {
        return tender != null && !tender.status().next().isEmpty() && tender.status().next().contains(TenderStatus.CANCELLED);
    }

    public java.time.LocalDate getNewBidDate() {
        return newBidDate;
    }

    public void setNewBidDate(java.time.LocalDate newBidDate) {
        this.newBidDate = newBidDate;
    }

    public java.time.LocalTime getNewBidTime() {
        return newBidTime;
    }

    public void setNewBidTime(java.time.LocalTime newBidTime) {
        this.newBidTime = newBidTime;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    private void act(Runnable action, String formId, String notice) {
        act(action, formId, notice, "");
    }

    /** Runs the action and, on success, comes back to the same place on the page ({@code anchor}, like "#lots"). */
    private void act(Runnable action, String formId, String notice, String anchor) {
        Forms.attempt(action, formId, notice, here(anchor));
    }

    /** The page again, in the section of the anchor (or the section now shown), at the anchor. */
    private String here(String anchor) {
        return "/hub/tender.xhtml?id=" + id + "&section=" + SECTION_OF.getOrDefault(anchor, section) + anchor;
    }

    public List<Section> getSections() {
        return SECTIONS;
    }

    public String getSection() {
        return section;
    }

    /** An unknown section in the address shows the overview rather than an error: every part is a link away. */
    public void setSection(String section) {
        this.section = SECTIONS.stream().anyMatch(s -> s.key().equals(section)) ? section : "overview";
    }

    public boolean shows(String key) {
        return section.equals(key);
    }

    /** How many questions wait for an answer, for the section's link. */
    public long getUnanswered() {
        return clarifications == null ? 0 : clarifications.stream().filter(c -> !c.published()).count();
    }

    /** What stops publication, each with the section that fixes it. */
    public List<Map.Entry<String, String>> getChecklist() {
        return tender == null ? List.of() : tender.publicationProblems().entrySet().stream()
                .map(e -> Map.entry(e.getKey().startsWith("lot") ? "lots" : "declarations".equals(e.getKey()) ? "team" : "overview",
                        e.getValue())).toList();
    }

    public Integer getEditLot() {
        return editLot;
    }

    public void setEditLot(Integer editLot) {
        this.editLot = editLot;
    }

    public Long getEditCriterion() {
        return editCriterion;
    }

    public void setEditCriterion(Long editCriterion) {
        this.editCriterion = editCriterion;
    }

    public Integer getEditQuestion() {
        return editQuestion;
    }

    public void setEditQuestion(Integer editQuestion) {
        this.editQuestion = editQuestion;
    }

    public TenderPlanForm getTerms() {
        return terms;
    }

    public List<org.commissioning.marketplace.need.application.NeedsViews.RoundView> getRounds() {
        return rounds;
    }

    public org.commissioning.marketplace.tendering.domain.Procedure[] getProcedures() {
        return org.commissioning.marketplace.tendering.domain.Procedure.values();
    }

    public boolean isDraft() {
        return tender != null && tender.status() == TenderStatus.DRAFT;
    }

    /** Whether the signed-in user is on the team and has still to declare. */
    public boolean isDeclarationDue() {
        String me = parties.require().username();
        return isDraft() && tender.team().stream().anyMatch(m -> m.username().equals(me) && !m.declared());
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public NeedLevel[] getNeedLevels() {
        return NeedLevel.values();
    }

    public CriterionKind[] getCriterionKinds() {
        return CriterionKind.values();
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TenderView getTender() {
        return tender;
    }

    public List<ClarificationView> getClarifications() {
        return clarifications;
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public String getLotTitle() {
        return lotTitle;
    }

    public void setLotTitle(String lotTitle) {
        this.lotTitle = lotTitle;
    }

    public ServiceCategory getLotCategory() {
        return lotCategory;
    }

    public void setLotCategory(ServiceCategory lotCategory) {
        this.lotCategory = lotCategory;
    }

    public String getLotSubRegion() {
        return lotSubRegion;
    }

    public void setLotSubRegion(String lotSubRegion) {
        this.lotSubRegion = lotSubRegion;
    }

    public NeedLevel getLotNeedLevel() {
        return lotNeedLevel;
    }

    public void setLotNeedLevel(NeedLevel lotNeedLevel) {
        this.lotNeedLevel = lotNeedLevel;
    }

    public Integer getCriterionLot() {
        return criterionLot;
    }

    public void setCriterionLot(Integer criterionLot) {
        this.criterionLot = criterionLot;
    }

    public CriterionKind getCriterionKind() {
        return criterionKind;
    }

    public void setCriterionKind(CriterionKind criterionKind) {
        this.criterionKind = criterionKind;
    }

    public String getCriterionTitle() {
        return criterionTitle;
    }

    public void setCriterionTitle(String criterionTitle) {
        this.criterionTitle = criterionTitle;
    }

    public Integer getCriterionWeight() {
        return criterionWeight;
    }

    public void setCriterionWeight(Integer criterionWeight) {
        this.criterionWeight = criterionWeight;
    }

    public Integer getCriterionMaxMarks() {
        return criterionMaxMarks;
    }

    public void setCriterionMaxMarks(Integer criterionMaxMarks) {
        this.criterionMaxMarks = criterionMaxMarks;
    }

    public String getCriterionGuidance() {
        return criterionGuidance;
    }

    public void setCriterionGuidance(String criterionGuidance) {
        this.criterionGuidance = criterionGuidance;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getQuestionGuidance() {
        return questionGuidance;
    }

    public void setQuestionGuidance(String questionGuidance) {
        this.questionGuidance = questionGuidance;
    }

    public String getTeamMember() {
        return teamMember;
    }

    public void setTeamMember(String teamMember) {
        this.teamMember = teamMember;
    }

    public Boolean getInterest() {
        return interest;
    }

    public void setInterest(Boolean interest) {
        this.interest = interest;
    }

    public String getInterestDetails() {
        return interestDetails;
    }

    public void setInterestDetails(String interestDetails) {
        this.interestDetails = interestDetails;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(Part documentFile) {
        this.documentFile = documentFile;
    }
}
