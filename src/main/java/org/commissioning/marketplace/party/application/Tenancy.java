package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Council;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.Organisation;
import org.commissioning.marketplace.party.domain.Provider;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.NotAuthenticatedException;
import org.commissioning.marketplace.shared.domain.NotFoundException;

import java.util.Arrays;

/**
 * The one place that decides what the caller may see and change. Every application service asks
 * here; pages and resources never decide for themselves.
 *
 * <ul>
 * <li>Administrators see every organisation.</li>
 * <li>Anyone sees their own organisation.</li>
 * <li>Hub users see the hub's current member councils and the providers registered with it.</li>
 * <li>Council users see the hubs they are currently members of.</li>
 * </ul>
 * Records of an organisation the caller may not see are reported as not found, so their
 * existence is not revealed; a visible record the caller may not change is forbidden.
 */
@ApplicationScoped
public class Tenancy {

    @Inject
    CurrentCaller caller;

    @PersistenceContext
    EntityManager em;

    /** The signed-in account, or 401. */
    public Account requireSignedIn() {
        Account account = caller.account().orElseThrow(NotAuthenticatedException::new);
        if (!account.maySignIn()) {
            throw new NotAuthenticatedException();
        }
        return account;
    }

    /** The signed-in account holding at least one of the roles, or 401/403. */
    public Account requireRole(Role... roles) {
        Account account = requireSignedIn();
        if (Arrays.stream(roles).noneMatch(account::has)) {
            throw new AccessDeniedException("Your account does not have the role needed for this.");
        }
        return account;
    }

    public boolean canSee(Account account, Organisation org) {
        if (account.has(Role.ADMINISTRATOR) || org.id().equals(account.organisation().id())) {
            return true;
        }
        Organisation own = account.organisation();
        if (own instanceof Hub hub) {
            return (org instanceof Council council && hub.isMember(council))
                    || (org instanceof Provider provider && provider.hub().id().equals(hub.id()));
        }
        if (own instanceof Council council) {
            return org instanceof Hub hub && hub.isMember(council);
        }
        return false;
    }

    /** The organisation when the caller may see it; otherwise not found. */
    public <T extends Organisation> T visible(Class<T> type, long id) {
        Account account = requireSignedIn();
        T org = em.find(type, id);
        if (org == null || !canSee(account, org)) {
            throw new NotFoundException("There is no " + describe(type) + " with id " + id + " that you can see.");
        }
        return org;
    }

    /**
     * The organisation when the caller acts for it (or administers the marketplace), holding one of
     * the roles; not found when they cannot see it, forbidden when they can see but not change it.
     */
    public <T extends Organisation> T changeable(Class<T> type, long id, Role... roles) {
        T org = visible(type, id);
        Account account = requireSignedIn();
        boolean admin = account.has(Role.ADMINISTRATOR);
        boolean member = org.id().equals(account.organisation().id())
                && Arrays.stream(roles).anyMatch(account::has);
        if (!admin && !member) {
            throw new AccessDeniedException("Only " + org.name() + "'s own users can change its records.");
        }
        return org;
    }

    private static String describe(Class<?> type) {
        return type == Organisation.class ? "organisation" : type.getSimpleName().toLowerCase();
    }
}
