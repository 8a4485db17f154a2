package org.commissioning.marketplace.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;
import org.commissioning.marketplace.tendering.application.TenderEngagementService;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.ClarificationView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DocumentView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.QuestionText;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** provider/tenders.xhtml: published tenders; with ?id= one tender, its documents and clarifications. */
@Named
@ViewScoped
public class ProviderTendersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    @Inject
    TenderEngagementService engagement;

    @Inject
    Clock clock;

    private final PagedModel<TenderSummary> model = new PagedModel<>(page -> tenders.list(null, page), TenderSummary::id);
    private Long id;
    private TenderView tender;
    private boolean following;
    private List<ClarificationView> clarifications;
    private List<DocumentView> documents;
    private String question;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            tender = tenders.get(id);
            following = engagement.following(id);
            clarifications = engagement.clarifications(id);
            documents = engagement.documents(id);
        } catch (DomainException e) {
            Forms.report(e, "ask");
        }
    }

    public void follow() {
        act(() -> engagement.follow(id), "follow", "You follow this tender: you will be emailed when it changes.");
    }

    public void ask() {
        act(() -> engagement.ask(id, new QuestionText(question)), "ask",
                "Your question is sent to the hub. Its answer will be published to every provider following the tender.");
    }

    private void act(Runnable action, String formId, String notice) {
        Forms.attempt(action, formId, notice, "/provider/tenders.xhtml?id=" + id);
    }

    public boolean isQuestionsOpen() {
        return tender != null && tender.status() == org.commissioning.marketplace.tendering.domain.TenderStatus.PUBLISHED
                && Instant.now(clock).isBefore(tender.clarificationDeadline());
    }

    public PagedModel<TenderSummary> getModel() {
        return model;
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

    public boolean isFollowing() {
        return following;
    }

    public List<ClarificationView> getClarifications() {
        return clarifications;
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
