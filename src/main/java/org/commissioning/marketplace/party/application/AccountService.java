package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.NewAccount;
import org.commissioning.marketplace.party.application.Views.AccountView;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Organisation;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Accounts: who may sign in for which organisation, with which roles. */
@ApplicationScoped
public class AccountService {

    @Inject
    ApiTokenService tokens;


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
    Clock clock;

    @Transactional
    public AccountView me() {
        return AccountView.of(tenancy.requireSignedIn());
    }

    /** The accounts of an organisation: for its own users and administrators. */
    @Transactional
    public Page<AccountView> accounts(long organisationId, PageRequest page) {
        Organisation org = tenancy.visible(Organisation.class, organisationId);
        Account caller = tenancy.requireSignedIn();
        if (!caller.has(Role.ADMINISTRATOR) && !caller.organisation().id().equals(org.id())) {
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

    @Transactional
    public AccountView create(long organisationId, NewAccount command) {
        validator.check(command);
        tenancy.requireRole(Role.ADMINISTRATOR);
        Organisation org = tenancy.visible(Organisation.class, organisationId);
        Account account = register(org, command.username(), command.displayName(), command.password(),
                command.roles(), "username", "password");
        audit.record("account.created", "account", account.id(),
                "account " + account.username() + " for " + org.name() + " with roles " + account.roles());
        return AccountView.of(account);
    }

    @Transactional
    public AccountView setEnabled(long accountId, boolean enabled) {
        tenancy.requireRole(Role.ADMINISTRATOR);
        Account account = Optional.ofNullable(em.find(Account.class, accountId))
                .orElseThrow(() -> new NotFoundException("There is no account with id " + accountId + "."));
        boolean before = account.enabled();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
            tokens.forgetRemembered();
        }
        audit.record(enabled ? "account.enabled" : "account.disabled", "account", accountId,
                AuditTrail.change("enabled", before, enabled));
        return AccountView.of(account);
    }

    /** Creates an account without auditing or tenancy: for the services that own those checks. */
    Account register(Organisation org, String username, String displayName, String password,
                     java.util.Set<Role> roles, String usernameField, String passwordField) {
        String normalised = username.strip().toLowerCase();
        boolean taken = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", normalised).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw InvalidInputException.of(usernameField, "An account with this email address already exists.");
        }
        Account account = new Account(org, normalised, displayName, passwords.hash(password, passwordField), roles,
                Instant.now(clock));
        em.persist(account);
        em.flush();
        return account;
    }
}
