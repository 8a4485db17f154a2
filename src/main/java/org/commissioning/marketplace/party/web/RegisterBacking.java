package org.commissioning.marketplace.party.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.Commands.ProviderApplication;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.ProviderRegistrationService;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.ProviderType;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** register.xhtml: a provider applies to join a hub's market. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderRegistrationService registrations;

    @Inject
    OrganisationService organisations;

    private List<OrganisationRef> hubs;
    private String legalName;
    private ProviderType providerType;
    private String companiesHouseNumber;
    private String charityNumber;
    private Long hubId;
    private List<ServiceCategory> serviceCategories;
    private String contactName;
    private String contactEmail;
    private String password;

    @PostConstruct
    void load() {
        hubs = organisations.activeHubs();
    }

    public void submit() {
        try {
            String acknowledgement = registrations.register(new ProviderApplication(legalName, providerType,
                    companiesHouseNumber, charityNumber, hubId,
                    serviceCategories == null || serviceCategories.isEmpty() ? null : EnumSet.copyOf(serviceCategories),
                    contactName, contactEmail, password));
            Forms.notice(acknowledgement);
            Forms.redirect("/register-done.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "register");
        }
    }

    public List<OrganisationRef> getHubs() {
        return hubs;
    }

    public ProviderType[] getProviderTypes() {
        return ProviderType.values();
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public ProviderType getProviderType() {
        return providerType;
    }

    public void setProviderType(ProviderType providerType) {
        this.providerType = providerType;
    }

    public String getCompaniesHouseNumber() {
        return companiesHouseNumber;
    }

    public void setCompaniesHouseNumber(String companiesHouseNumber) {
        this.companiesHouseNumber = companiesHouseNumber;
    }

    public String getCharityNumber() {
        return charityNumber;
    }

    public void setCharityNumber(String charityNumber) {
        this.charityNumber = charityNumber;
    }

    public Long getHubId() {
        return hubId;
    }

    public void setHubId(Long hubId) {
        this.hubId = hubId;
    }

    public List<ServiceCategory> getServiceCategories() {
        return serviceCategories;
    }

    public void setServiceCategories(List<ServiceCategory> serviceCategories) {
        this.serviceCategories = serviceCategories;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
