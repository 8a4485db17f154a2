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
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.io.Serializable;
import java.util.List;

/** council/tenders.xhtml: the published tenders of the council's hubs, read only. */
@Named
@ViewScoped
public class CouncilTendersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    @Inject
    TenderEngagementService engagement;

    private final PagedModel<TenderSummary> model = new PagedModel<>(page -> tenders.list(null, page), TenderSummary::id);
    private Long id;
    private TenderView tender;
    private List<DocumentView> documents;
    private List<ClarificationView> clarifications;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            tender = tenders.get(id);
            documents = engagement.documents(id);
            clarifications = engagement.clarifications(id);
        } catch (DomainException e) {
            Forms.report(e, "tender");
        }
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

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public List<ClarificationView> getClarifications() {
        return clarifications;
    }
}
