package org.commissioning.marketplace.evaluation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.evaluation.application.AwardService;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AgreementView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AssessmentSummary;
import org.commissioning.marketplace.shared.domain.DomainException;

import java.io.Serializable;

/**
 * The outcome part of provider/tenders.xhtml: the provider's assessment summary once the award is
 * approved, and its places on the live agreement. Nothing when there is none yet.
 */
@Named
@ViewScoped
public class ProviderOutcomeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AwardService awards;

    private boolean loaded;
    private AssessmentSummary summary;
    private AgreementView agreement;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            return;
        }
        try {
            summary = awards.mySummary(Long.parseLong(id));
        } catch (DomainException none) {
            summary = null;
        }
        try {
            agreement = awards.agreement(Long.parseLong(id));
        } catch (DomainException none) {
            agreement = null;
        }
    }

    public AssessmentSummary getSummary() {
        load();
        return summary;
    }

    public AgreementView getAgreement() {
        load();
        return agreement;
    }
}
