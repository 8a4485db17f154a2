package org.commissioning.marketplace.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.bidding.web.ProviderBidBacking.LotForm;
import org.commissioning.marketplace.evaluation.application.AdmissionService;
import org.commissioning.marketplace.evaluation.application.AdmissionService.ApplicationView;
import org.commissioning.marketplace.evaluation.application.AdmissionService.Joining;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * provider/apply.xhtml: a provider applies to join a lot of a live dynamic market (or of an open
 * framework while it reopens) on the tender's terms, and follows its applications and the hub's
 * decisions with their reasons.
 */
@Named
@ViewScoped
public class ProviderApplicationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AdmissionService admissions;

    @Inject
    TenderService tenders;

    private Long tenderId;
    private Integer lot;
    private TenderView tender;
    private Joining joining;
    private List<ApplicationView> applications = List.of();
    private LotForm form;
    private final Map<String, String> selectionAnswers = new HashMap<>();

    public void load() {
        if (tenderId == null) {
            Forms.redirect("/provider/tenders.xhtml");
            return;
        }
        try {
            tender = tenders.get(tenderId);
            joining = admissions.joining(tenderId);
            applications = admissions.list(tenderId);
            if (lot != null && form == null) {
                form = tender.lots().stream().filter(l -> l.number() == lot).findFirst().map(LotForm::new).orElse(null);
            }
        } catch (DomainException e) {
            Forms.report(e, "application");
        }
    }

    public void apply() {
        if (form == null) {
            Forms.report(InvalidInputException.of("lot",
                    "Choose a lot of the tender to apply to."), "application");
            return;
        }
        Forms.attempt(() -> admissions.apply(tenderId, lot, BidContent.of(List.of(form.lotBid()), new HashMap<>(selectionAnswers))),
                "application", "Your application to join lot " + lot + " is sent. The hub evaluates it on the tender's criteria "
                        + "and emails you its decision with the reasons.", "/provider/apply.xhtml?tender=" + tenderId);
    }

    /** Whether the provider has an application waiting on this lot (the form is then not shown). */
    public boolean isWaiting() {
        return lot != null && applications.stream().anyMatch(a -> a.lot() == lot && "SUBMITTED".equals(a.status()));
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public Integer getLot() {
        return lot;
    }

    public void setLot(Integer lot) {
        this.lot = lot;
    }

    public TenderView getTender() {
        return tender;
    }

    public Joining getJoining() {
        return joining;
    }

    public List<ApplicationView> getApplications() {
        return applications;
    }

    public LotForm getForm() {
        return form;
    }

    public Map<String, String> getSelectionAnswers() {
        return selectionAnswers;
    }
}
