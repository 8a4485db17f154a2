package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.OrganisationSummary;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.shared.web.PagedModel;

import java.io.Serializable;

/** admin/home.xhtml: every organisation, filtered and paged. */
@Named
@ViewScoped
public class AdminHomeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    private OrganisationKind kind;
    private OrganisationStatus status;
    private String name;
    private final PagedModel<OrganisationSummary> model =
            new PagedModel<>(page -> organisations.list(kind, status, name, page), OrganisationSummary::id);

    public PagedModel<OrganisationSummary> getModel() {
        return model;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
