package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.NewAccount;
import org.commissioning.marketplace.party.application.Commands.RoleChange;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Organisation;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.NotAuthenticatedException;

import java.time.Clock;
import java.time.Instant;

/** Accounts: who may sign in for which organisation, with which roles. */
@ApplicationScoped
public class AccountService {

    @Inject
    Identities identities;

    @Inject
    CurrentCaller caller;


    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Passwords passwords;

    @Inject
    PasswordLinks links;

    @Inject
    Clock clock;

    @Transactional
    public AccountView me() {
        Identities.Identity me = caller.identity().filter(Identities.Identity::maySignIn).orElseThrow(NotAuthenticatedException::new);
        return new AccountView(me.accountId(), me.username(), me.displayName(), me.roles(), me.enabled(), me.passwordSet(),
                new Views.OrganisationRef(me.organisationId(), me.organisationName()), me.organisationKind(), me.createdAt());
    }

    /** The signed-in person's own settings. */
    public record Preferences(@jakarta.validation.constraints.NotNull(message = "Say whether to email what waits for you: taskEmails true or false.")
                              Boolean taskEmails) {
    }

    @Transactional
    public Preferences preferences() {
        return new Preferences(em.find(Account.class, tenancy.requireSignedIn().id()).taskEmails());
    }

    /** Changes the signed-in person's own settings; audited. */
    @Transactional
    public Preferences changePreferences(Preferences change) {
        if (change == null) {
            throw InvalidInputException.of("taskEmails", "Say whether to email what waits for you: taskEmails true or false.");
        }
        validator.check(change);
        // The caller's account may have been read in an earlier transaction of this request: change a managed copy.
        Account me = em.find(Account.class, tenancy.requireSignedIn().id());
        boolean before = me.taskEmails();
        me.changeTaskEmails(change.taskEmails());
        if (before != me.taskEmails()) {
            audit.record("account.task-emails-changed", "account", me.id(), AuditTrail.change("taskEmails", before, me.taskEmails()));
        }
        return new Preferences(me.taskEmails());
    }

    /** The accounts of an organisation: for its own users and administrators. */
    @Transactional
    public Page<AccountView> accounts(long organisationId, PageRequest page) {
        Organisation org = tenancy.visible(Organisation.class, organisationId);
        Account caller = tenancy.requireSignedIn();
        if (!tenancy.administers(caller, org) && !caller.organisation().id().equals(org.id())) {
            throw new AccessDeniedException("Only " + org.name() + "'s own users can see its accounts.");
        }
        var items = em.createQuery("SELECT a FROM Account a WHERE a.organisation = :o ORDER BY a.displayName, a.id",
                        Account.class)
                .setParameter("o", org)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(AccountView::of).toList();
        long total = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.organisation = :o", Long.class)
                .setParameter("o", org).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** Invites a person to a new account: they are emailed a link to set their own password. */
    @Transactional
    public AccountView create(long organisationId, NewAccount command) {
        validator.check(command);
        Account caller = tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Organisation org = tenancy.administered(Organisation.class, organisationId);
        return AccountView.of(invite(org, command.username(), command.displayName(), command.roles(),
                caller.displayName()));
    }

    /** Creates an account with no password and emails its owner the link to set one; audited. */
    Account invite(Organisation org, String username, String displayName, java.util.Set<Role> roles, String invitedBy) {
        Account account = register(org, username, displayName, null, roles);
        links.invite(account, invitedBy);
        audit.record("account.invited", "account", account.id(),
                "account " + account.username() + " for " + org.name() + " with roles " + account.roles());
        return account;
    }

    /** Sends a new invitation to an account whose owner has not set a password yet. */
    @Transactional
    public AccountView reinvite(long accountId) {
        Account caller = tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Account account = administeredAccount(accountId);
        if (account.hasPassword()) {
            throw new ConflictException(account.username() + " has set a password already; they can reset it themselves.");
        }
        links.invite(account, caller.displayName());
        audit.record("account.invited", "account", accountId, "invitation sent again to " + account.username());
        return AccountView.of(account);
    }

    @Transactional
    public AccountView changeRoles(long accountId, RoleChange change) {
        validator.check(change);
        Account caller = tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Account account = administeredAccount(accountId);
        if (account.id().equals(caller.id())) {
            throw new ConflictException("You cannot change your own roles; ask another administrator.");
        }
        var before = account.roles();
        account.changeRoles(change.roles());
        identities.forget();
        audit.record("account.roles-changed", "account", accountId, AuditTrail.change("roles", before, account.roles()));
        em.flush();
        return AccountView.of(account);
    }

    /** Clears an account's two-step sign-in for a user who lost their phone; they set it up again at their next sign-in. */
    @Transactional
    public AccountView resetSecondFactor(long accountId) {
        tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Account account = administeredAccount(accountId);
        account.changeSecondFactor(null);
        identities.forget();
        audit.record("account.second-factor-reset", "account", accountId, "two-step sign-in cleared by an administrator");
        return AccountView.of(account);
    }

    @Transactional
    public AccountView setEnabled(long accountId, boolean enabled) {
        Account caller = tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Account account = administeredAccount(accountId);
        if (!enabled && account.id().equals(caller.id())) {
            throw new ConflictException("You cannot disable your own account; ask another administrator.");
        }
        boolean before = account.enabled();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
            identities.forget();
        }
        audit.record(enabled ? "account.enabled" : "account.disabled", "account", accountId,
                AuditTrail.change("enabled", before, enabled));
        return AccountView.of(account);
    }

    private Account administeredAccount(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !tenancy.canSee(tenancy.requireSignedIn(), account.organisation())) {
            throw new NotFoundException("There is no account with id " + accountId + " that you can see.");
        }
        tenancy.administered(Organisation.class, account.organisation().id());
        return account;
    }

    /**
     * Creates an account (with a password hash, or none until an invitation is taken up) without
     * auditing or tenancy: for the services that own those checks.
     */
    Account register(Organisation org, String username, String displayName, String passwordHash,
                     java.util.Set<Role> roles) {
        String normalised = username.strip().toLowerCase();
        boolean taken = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", normalised).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw InvalidInputException.of("username", "An account with this email address already exists.");
        }
        Account account = new Account(org, normalised, displayName, passwordHash, roles, Instant.now(clock));
        em.persist(account);
        em.flush();
        return account;
    }
}
