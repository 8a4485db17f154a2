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
 * <li>Platform administrators see and change every organisation.</li>
 * <li>Hub administrators administer their hub, its current member councils and its providers;
 * they see every council (public bodies they may admit).</li>
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

    static final String NO_ROLE = "Your account does not have the role needed for this.";

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
            throw new AccessDeniedException(NO_ROLE);
        }
        return account;
    }

    public boolean canSee(Account account, Organisation org) {
        if (account.has(Role.PLATFORM_ADMINISTRATOR) || org.id().equals(account.organisation().id())) {
            return true;
        }
        Organisation own = account.organisation();
        if (own instanceof Hub && account.has(Role.ADMINISTRATOR) && org instanceof Council) {
            return true;
        }
        if (own instanceof Hub hub) {
            return (org instanceof Council council && hub.isMember(council))
                    || (org instanceof Provider provider && provider.hub().id().equals(hub.id()));
        }
        if (own instanceof Council council) {
            return org instanceof Hub hub && hub.isMember(council);
        }
        return false;
    }

    /**
     * Whether the account administers the organisation's accounts and status: a platform
     * administrator every organisation, a hub administrator their hub, its current member councils
     * and its providers.
     */
    public boolean administers(Account account, Organisation org) {
        if (account.has(Role.PLATFORM_ADMINISTRATOR)) {
            return true;
        }
        if (!account.has(Role.ADMINISTRATOR) || !(account.organisation() instanceof Hub hub)) {
            return false;
        }
        return org.id().equals(hub.id())
                || (org instanceof Council council && hub.isMember(council))
                || (org instanceof Provider provider && provider.hub().id().equals(hub.id()));
    }

    /** The organisation when the caller administers it; not found when they cannot see it, forbidden otherwise. */
    public <T extends Organisation> T administered(Class<T> type, long id) {
        T org = visible(type, id);
        if (!administers(requireSignedIn(), org)) {
            throw new AccessDeniedException("Only " + org.name() + "'s own hub administrators can change its accounts.");
        }
        return org;
    }

    /** The hub a hub administrator administers; empty for a platform administrator (every hub). */
    public java.util.Optional<Hub> administeredHub() {
        Account account = requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        if (account.has(Role.PLATFORM_ADMINISTRATOR)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((Hub) account.organisation());
    }

    /** The ids of a hub and of its current member councils and providers: what the hub's auditors read about. */
    public java.util.List<Long> organisationsOf(Hub hub) {
        java.util.List<Long> ids = new java.util.ArrayList<>(em.createQuery(
                        "SELECT m.council.id FROM HubMembership m WHERE m.hub = :h AND m.leftOn IS NULL", Long.class)
                .setParameter("h", hub).getResultList());
        ids.addAll(em.createQuery("SELECT p.id FROM Provider p WHERE p.hub = :h", Long.class)
                .setParameter("h", hub).getResultList());
        ids.add(hub.id());
        return ids;
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
        boolean admin = administers(account, org);
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
