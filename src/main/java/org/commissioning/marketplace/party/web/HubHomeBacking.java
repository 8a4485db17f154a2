package org.commissioning.marketplace.party.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.ProviderRegistrationService;
import org.commissioning.marketplace.party.application.Views.RegistrationView;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;

/** hub/home.xhtml: the hub, its members, and provider registrations awaiting a decision. */
@Named
@ViewScoped
public class HubHomeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderRegistrationService registrations;

    private Page<RegistrationView> pending;

    @PostConstruct
    void load() {
        pending = registrations.pending(new PageRequest(0, 50));
    }

    public void approve(long providerId) {
        try {
            RegistrationView approved = registrations.approve(providerId);
            Forms.notice(approved.legalName() + " is approved. Its users can now sign in.");
            Forms.redirect("/hub/home.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "registrations");
        }
    }

    public Page<RegistrationView> getPending() {
        return pending;
    }
}
