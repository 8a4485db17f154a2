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

    @Inject
    org.commissioning.marketplace.party.application.PostcodeDistricts districts;

    private String district;
    private java.math.BigDecimal latitude;
    private java.math.BigDecimal longitude;

    /** Platform administrators add a postcode district or correct its centroid. */
    public void saveDistrict() {
        try {
            var saved = districts.put(district, latitude, longitude);
            org.commissioning.marketplace.shared.web.Forms.notice("Postcode district " + saved.district()
                    + (saved.added() ? " is added" : " is corrected") + ": " + saved.latitude() + ", " + saved.longitude() + ".");
            org.commissioning.marketplace.shared.web.Forms.redirect("/admin/home.xhtml");
        } catch (org.commissioning.marketplace.shared.domain.DomainException e) {
            org.commissioning.marketplace.shared.web.Forms.report(e, "centroid");
        }
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public java.math.BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(java.math.BigDecimal latitude) {
        this.latitude = latitude;
    }

    public java.math.BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(java.math.BigDecimal longitude) {
        this.longitude = longitude;
    }

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
