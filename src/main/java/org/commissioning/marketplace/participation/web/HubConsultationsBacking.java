package org.commissioning.marketplace.participation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.participation.application.ConsultationService;
import org.commissioning.marketplace.participation.application.ConsultationService.ConsultationSummary;
import org.commissioning.marketplace.participation.application.ConsultationService.ConsultationView;
import org.commissioning.marketplace.participation.application.ConsultationService.ResponseInput;
import org.commissioning.marketplace.participation.application.ConsultationService.ResponseView;
import org.commissioning.marketplace.participation.domain.ChangeKind;
import org.commissioning.marketplace.participation.domain.Consultation;
import org.commissioning.marketplace.participation.domain.Respondent;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * hub/consultations.xhtml: the hub's consultations and, for the one chosen, recording what young
 * people and families said at a session, drawing themes and saying what each changed.
 */
@Named
@ViewScoped
public class HubConsultationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    ConsultationService consultations;

    @Inject
    TenderService tenders;

    @Inject
    NeedsService needs;

    private Long id;
    private int page;
    private Page<ConsultationSummary> list;
    private ConsultationView consultation;
    private Page<ResponseView> responses;
    private List<TenderSummary> hubTenders;
    private List<RoundView> hubRounds;

    private String title;
    private Long tenderId;
    private Long needsRoundId;
    private String questions;

    private Respondent respondent;
    private List<String> answers = new ArrayList<>();
    private List<Long> themeIds = new ArrayList<>();

    private String themeName;
    private String youSaid;

    private Long decideThemeId;
    private ChangeKind changeKind;
    private String weDid;

    public void load() {
        try {
            if (id != null) {
                consultation = consultations.get(id);
                responses = consultations.responses(id, new PageRequest(page, PAGE_SIZE));
                if (answers.size() != consultation.questions().size()) {
                    answers = new ArrayList<>(consultation.questions().stream().map(q -> "").toList());
                }
                return;
            }
        } catch (DomainException e) {
            Forms.report(e, "open");
            page = 0;
        }
        // The list and the form to open one: without an id, or when the one named cannot be shown.
        consultation = null;
        list = consultations.list(new PageRequest(page, PAGE_SIZE));
        hubTenders = tenders.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        hubRounds = needs.rounds();
    }

    private String here() {
        return "/hub/consultations.xhtml?id=" + id;
    }

    public void open() {
        try {
            ConsultationView opened = consultations.open(new Consultation.Plan(title, tenderId, needsRoundId, questions));
            Forms.notice("The consultation \"" + opened.title() + "\" is open: record what young people and families say.");
            Forms.redirect("/hub/consultations.xhtml?id=" + opened.id());
        } catch (DomainException e) {
            Forms.report(e, "open");
        }
    }

    public void record() {
        Forms.attempt(() -> consultations.record(id, new ResponseInput(respondent, answers, new HashSet<>(themeIds))), "response",
                "The response is recorded.", here());
    }

    public void addTheme() {
        Forms.attempt(() -> consultations.addTheme(id, themeName, youSaid), "theme", "The theme " + themeName + " is added.", here());
    }

    public void decide() {
        if (decideThemeId == null) {
            Forms.report(org.commissioning.marketplace.shared.domain.InvalidInputException.of("themeId", "Choose the theme."), "decision");
            return;
        }
        Forms.attempt(() -> consultations.decide(id, decideThemeId, changeKind, weDid), "decision",
                "What the theme changed is recorded and shown with the tender.", here());
    }

    public void close() {
        Forms.attempt(() -> consultations.close(id), "closure", "The consultation is closed to responses.", here());
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public ChangeKind[] getChangeKinds() {
        return ChangeKind.values();
    }

    public boolean hasNextPage() {
        return responses != null && (long) (page + 1) * PAGE_SIZE < responses.total();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public Page<ConsultationSummary> getList() {
        return list;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public Page<ResponseView> getResponses() {
        return responses;
    }

    public List<TenderSummary> getHubTenders() {
        return hubTenders;
    }

    public List<RoundView> getHubRounds() {
        return hubRounds;
    }

    public Long getNeedsRoundId() {
        return needsRoundId;
    }

    public void setNeedsRoundId(Long needsRoundId) {
        this.needsRoundId = needsRoundId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public List<String> getAnswers() {
        return answers;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public String getThemeName() {
        return themeName;
    }

    public void setThemeName(String themeName) {
        this.themeName = themeName;
    }

    public String getYouSaid() {
        return youSaid;
    }

    public void setYouSaid(String youSaid) {
        this.youSaid = youSaid;
    }

    public Long getDecideThemeId() {
        return decideThemeId;
    }

    public void setDecideThemeId(Long decideThemeId) {
        this.decideThemeId = decideThemeId;
    }

    public ChangeKind getChangeKind() {
        return changeKind;
    }

    public void setChangeKind(ChangeKind changeKind) {
        this.changeKind = changeKind;
    }

    public String getWeDid() {
        return weDid;
    }

    public void setWeDid(String weDid) {
        this.weDid = weDid;
    }
}
