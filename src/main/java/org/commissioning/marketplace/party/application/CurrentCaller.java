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

/** The account behind the current request, looked up once per request. */
@RequestScoped
public class CurrentCaller implements Actor {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    private Optional<Account> account;

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
        return account().map(Account::username);
    }

    @Override
    public Optional<Long> organisationId() {
        return account().map(a -> a.organisation().id());
    }
}
