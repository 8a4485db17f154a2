package org.commissioning.marketplace.party.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.AccountService;
import org.commissioning.marketplace.party.application.Commands.ContactChange;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;

/** The "your organisation" part of every home page: details, members, and the contact address. */
@Named
@ViewScoped
public class MyOrganisationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    private OrganisationDetails organisation;
    private Page<AccountView> members;
    private String contactEmail;

    @PostConstruct
    void load() {
        organisation = organisations.mine();
        members = accounts.accounts(organisation.id(), new PageRequest(0, 100));
        contactEmail = organisation.contactEmail();
    }

    public void changeContact() {
        try {
            organisation = organisations.changeContact(organisation.id(),
                    new ContactChange(contactEmail, organisation.version()));
            Forms.notice("The contact email address is now " + organisation.contactEmail() + ".");
            Forms.reload();
        } catch (DomainException e) {
            Forms.report(e, "contact");
        }
    }

    public OrganisationDetails getOrganisation() {
        return organisation;
    }

    public Page<AccountView> getMembers() {
        return members;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
