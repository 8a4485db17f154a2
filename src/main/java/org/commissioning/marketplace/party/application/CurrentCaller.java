package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.shared.application.Actor;

import java.security.Principal;
import java.util.Optional;

/**
 * The account behind the current request, looked up once per request: as an entity for the
 * decisions that need one ({@link Tenancy}), and as its remembered {@link Identities.Identity} for
 * the checks that do not (roles, organisation, the audit's actor), which costs no query at all.
 */
@RequestScoped
public class CurrentCaller implements Actor {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    @Inject
    Identities identities;

    private Optional<Account> account;

    private Optional<Identities.Identity> identity;

    public Optional<Identities.Identity> identity() {
        if (identity == null) {
            Principal principal = securityContext.getCallerPrincipal();
            identity = principal == null ? Optional.empty() : identities.of(principal.getName());
        }
        return identity;
    }

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                    .setParameter("u", principal.getName())
                    .getResultStream().findFirst();
        }
        return account;
    }

    @Override
    public Optional<String> name() {
        return identity().map(Identities.Identity::username);
    }

    @Override
    public Optional<Long> organisationId() {
        return identity().map(Identities.Identity::organisationId);
    }
}
