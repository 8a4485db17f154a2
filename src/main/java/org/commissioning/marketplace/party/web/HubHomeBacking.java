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
import java.util.List;

/** hub/home.xhtml: the hub, its members, and provider registrations awaiting a decision. */
@Named
@ViewScoped
public class HubHomeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderRegistrationService registrations;

    private Page<RegistrationView> pending;
    private org.commissioning.marketplace.shared.web.Confirmation confirmation;

    @PostConstruct
    void load() {
        pending = registrations.pending(new PageRequest(0, 50));
    }

    /** Asks the hub to confirm an approval, saying what it lets the provider do. */
    public void approve(long providerId) {
        RegistrationView r = pending.items().stream().filter(p -> p.providerId() == providerId).findFirst().orElse(null);
        if (r == null) {
            Forms.report(new DomainException("That registration is no longer waiting: reload the page."), "registrations");
            return;
        }
        confirmation = new org.commissioning.marketplace.shared.web.Confirmation("approve " + providerId, "Approve " + r.legalName() + "?",
                List.of("Its users can sign in, follow and bid on the hub's tenders, and receive referrals once on an agreement.",
                        "It is told by email.", "You can suspend it later if you need to."), "Yes, approve " + r.legalName());
    }

    public void confirm() {
        String action = confirmation == null ? "" : confirmation.action();
        confirmation = null;
        if (action.startsWith("approve ")) {
            approveConfirmed(Long.parseLong(action.substring("approve ".length())));
        }
    }

    public void dismiss() {
        confirmation = null;
    }

    public org.commissioning.marketplace.shared.web.Confirmation getConfirmation() {
        return confirmation;
    }

    private void approveConfirmed(long providerId) {
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
