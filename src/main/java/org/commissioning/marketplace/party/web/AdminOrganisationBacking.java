package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.AccountService;
import org.commissioning.marketplace.party.application.Commands.NewAccount;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** admin/organisation.xhtml: one organisation, its accounts, new accounts, suspension, hub members. */
@Named
@ViewScoped
public class AdminOrganisationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    private Long id;
    private OrganisationDetails organisation;
    private Page<AccountView> members;
    private List<OrganisationRef> councils;
    private Long councilToAdmit;
    private String username;
    private String displayName;
    private List<Role> roles;
    private Long accountToChange;
    private List<Role> newRoles;

    public void load() {
        if (id == null) {
            Forms.redirect("/admin/home.xhtml");
            return;
        }
        try {
            organisation = organisations.details(id);
            members = accounts.accounts(id, new PageRequest(0, 200));
            councils = organisation.kind() == OrganisationKind.HUB ? organisations.councils() : List.of();
        } catch (DomainException e) {
            Forms.report(e, "account");
        }
    }

    public void createAccount() {
        try {
            AccountView created = accounts.create(id, new NewAccount(username, displayName,
                    roles == null || roles.isEmpty() ? null : EnumSet.copyOf(roles)));
            done("Account " + created.username() + " is created. We have emailed them a link to set their password "
                    + "(it works once, for 7 days).");
        } catch (DomainException e) {
            Forms.report(e, "account");
        }
    }

    /** Replaces one account's roles. */
    public void changeRoles() {
        try {
            if (accountToChange == null) {
                throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("accountId", "Select the account.");
            }
            AccountView changed = accounts.changeRoles(accountToChange, new org.commissioning.marketplace.party.application.Commands.RoleChange(
                    newRoles == null || newRoles.isEmpty() ? null : EnumSet.copyOf(newRoles)));
            done(changed.username() + "'s roles are changed.");
        } catch (DomainException e) {
            Forms.report(e, "roles-form");
        }
    }

    public Long getAccountToChange() {
        return accountToChange;
    }

    public void setAccountToChange(Long accountToChange) {
        this.accountToChange = accountToChange;
    }

    public List<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<Role> newRoles) {
        this.newRoles = newRoles;
    }

    public void reinvite(long accountId) {
        Forms.attempt(() -> accounts.reinvite(accountId), "accounts", "The invitation is sent again.", here());
    }

    public void toggleAccount(long accountId, boolean enable) {
        Forms.attempt(() -> accounts.setEnabled(accountId, enable), "accounts",
                "The account is " + (enable ? "enabled." : "disabled."), here());
    }

    public void suspend() {
        Forms.attempt(() -> organisations.suspend(id), "status",
                organisation.name() + " is suspended: its users cannot sign in.", here());
    }

    public void reactivate() {
        Forms.attempt(() -> organisations.reactivate(id), "status", organisation.name() + " is active again.", here());
    }

    public void admitCouncil() {
        try {
            if (councilToAdmit == null) {
                throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("councilId",
                        "Select the council to admit.");
            }
            organisations.admitToHub(id, councilToAdmit);
            done("The council is now a member of " + organisation.name() + ".");
        } catch (DomainException e) {
            Forms.report(e, "members");
        }
    }

    public void releaseCouncil(long councilId) {
        Forms.attempt(() -> organisations.releaseFromHub(id, councilId), "members",
                "The council has left " + organisation.name() + ".", here());
    }

    private void done(String notice) {
        Forms.notice(notice);
        Forms.redirect(here());
    }

    private String here() {
        return "/admin/organisation.xhtml?id=" + id;
    }

    public boolean isSuspendable() {
        return organisation != null && organisation.status() == OrganisationStatus.ACTIVE;
    }

    public boolean isSuspended() {
        return organisation != null && organisation.status() == OrganisationStatus.SUSPENDED;
    }

    /** Roles that fit this kind of organisation. */
    public List<Role> getAssignableRoles() {
        return organisation == null ? List.of()
                : Arrays.stream(Role.values()).filter(r -> r.fits(organisation.kind())).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationDetails getOrganisation() {
        return organisation;
    }

    public Page<AccountView> getMembers() {
        return members;
    }

    public List<OrganisationRef> getCouncils() {
        return councils;
    }

    public Long getCouncilToAdmit() {
        return councilToAdmit;
    }

    public void setCouncilToAdmit(Long councilToAdmit) {
        this.councilToAdmit = councilToAdmit;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
