package org.commissioning.marketplace.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderPlan;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.Procedure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** hub/tenders.xhtml: the hub's tenders, and drafting a new one. */
@Named
@ViewScoped
public class HubTendersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    @Inject
    NeedsService needs;

    private final PagedModel<TenderSummary> model = new PagedModel<>(page -> tenders.list(null, page), TenderSummary::id);
    private List<RoundView> rounds;
    private TenderPlanForm plan = new TenderPlanForm();
    /** The hub's tender this draft starts from (?from=ID), if any. */
    private TenderView startingFrom;

    @PostConstruct
    void init() {
        rounds = needs.rounds();
        String from = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("from");
        if (from != null && from.matches("\\d{1,18}")) {
            startingFrom = tenders.get(Long.parseLong(from));
            plan = TenderPlanForm.of(startingFrom);
            // The timeline is the new tender's to set.
            plan.setClarificationDate(null);
            plan.setBidDate(null);
            plan.setPlannedAward(null);
        }
    }

    public void draft() {
        try {
            TenderView created = startingFrom == null ? tenders.draft(plan.toPlan())
                    : tenders.startFrom(startingFrom.id(), plan.toPlan());
            Forms.notice("Draft " + created.reference() + " is created. Add its lots, criteria and questions, then publish it.");
            Forms.redirect("/hub/tender.xhtml?id=" + created.id());
        } catch (DomainException e) {
            Forms.report(TenderPlanForm.renamed(e), "draft");
        }
    }

    public TenderView getStartingFrom() {
        return startingFrom;
    }

    public TenderPlanForm getPlan() {
        return plan;
    }

    public PagedModel<TenderSummary> getModel() {
        return model;
    }

    public List<RoundView> getRounds() {
        return rounds;
    }

    public Procedure[] getProcedures() {
        return Procedure.values();
    }
}
