package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.Commands.Rejection;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.ProviderRegistrationService;
import org.commissioning.marketplace.party.application.Views.RegistrationView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;

/** hub/reject-registration.xhtml: one question, the reason for rejecting a provider's registration. */
@Named
@ViewScoped
public class RejectRegistrationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderRegistrationService registrations;

    @Inject
    OrganisationService organisations;

    private Long providerId;
    private String providerName;
    private String reason;

    /** Loads the provider's name; an id the hub cannot see shows as not found. */
    public void load() {
        if (providerId == null) {
            Forms.redirect("/hub/home.xhtml");
            return;
        }
        try {
            providerName = organisations.details(providerId).name();
        } catch (DomainException e) {
            Forms.report(e, "reject");
        }
    }

    public void reject() {
        try {
            RegistrationView rejected = registrations.reject(providerId, new Rejection(reason));
            Forms.notice(rejected.legalName() + "'s registration is rejected.");
            Forms.redirect("/hub/home.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "reject");
        }
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
