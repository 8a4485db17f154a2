package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.FeedbackService.FeedbackView;
import org.commissioning.marketplace.placement.application.FeedbackService.Issued;
import org.commissioning.marketplace.placement.domain.FeedbackForm.AgeBand;
import org.commissioning.marketplace.placement.domain.FeedbackForm.Respondent;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback section of council/placement.xhtml: invite the child or a family member (the code is
 * shown here once, never again), read the answers, withdraw an unused link, and record what was done
 * about a safeguarding concern.
 */
@Named
@ViewScoped
public class PlacementFeedbackBacking implements Serializable {

    @Inject
    FeedbackService feedback;

    @Inject
    PlacementBacking placement;

    private Respondent respondent;
    private AgeBand ageBand;
    private Integer validDays = org.commissioning.marketplace.placement.domain.FeedbackInvitation.DEFAULT_DAYS;
    private String contact;
    private Issued issued;
    private List<FeedbackView> list;
    private final Map<Long, String> actions = new HashMap<>();

    public List<FeedbackView> getList() {
        if (list == null) {
            try {
                list = placement.getId() == null ? List.of() : feedback.forPlacement(placement.getId());
            } catch (DomainException e) {
                list = List.of();
            }
        }
        return list;
    }

    /** Makes the link; it stays on this page (no redirect) so the code can be read once. */
    public void invite() {
        try {
            issued = feedback.issue(placement.getId(), respondent, ageBand, validDays, contact);
            list = null;
            respondent = null;
            ageBand = null;
            contact = null;
        } catch (DomainException e) {
            Forms.report(e, "invite");
        }
    }

    public void withdraw(long invitationId) {
        Forms.attempt(() -> feedback.withdraw(placement.getId(), invitationId), "answers", "The feedback link is withdrawn: it no longer works.",
                here());
    }

    public void handle(long invitationId) {
        Forms.attempt(() -> feedback.handleConcern(placement.getId(), invitationId, actions.get(invitationId)), "answers",
                "What was done about the concern is recorded.", here());
    }

    private String here() {
        return "/council/placement.xhtml?id=" + placement.getId() + "#feedback";
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Issued getIssued() {
        return issued;
    }

    public Map<Long, String> getActions() {
        return actions;
    }
}
