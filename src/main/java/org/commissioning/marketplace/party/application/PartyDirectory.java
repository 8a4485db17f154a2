package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.NotAuthenticatedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.Role;

import java.util.List;
import java.util.Set;

/**
 * What other capabilities may ask about parties: who the caller is, and which councils belong to
 * which hub. They never read party tables themselves.
 */
@ApplicationScoped
public class PartyDirectory {

    /** The signed-in caller, as other capabilities see them. */
    public record Caller(long accountId, String username, long organisationId, String organisationName,
                         OrganisationKind organisationKind, Set<Role> roles) {
        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentCaller caller;

    @Inject
    Identities identities;

    /** The caller holding one of the roles; 401 when signed out, 403 without the role. */
    @Transactional
    public Caller require(Role... roles) {
        Identities.Identity a = caller.identity().filter(Identities.Identity::maySignIn).orElseThrow(NotAuthenticatedException::new);
        if (roles.length > 0 && java.util.Arrays.stream(roles).noneMatch(a.roles()::contains)) {
            throw new AccessDeniedException(Tenancy.NO_ROLE);
        }
        return new Caller(a.accountId(), a.username(), a.organisationId(), a.organisationName(), a.organisationKind(), a.roles());
    }

    /**
     * Whoever the account is, for work done on a person's behalf with nobody signed in (their
     * morning email of tasks): empty when the account may not sign in.
     */
    public java.util.Optional<Caller> callerFor(String username) {
        return identities.of(username).filter(Identities.Identity::maySignIn).map(a -> new Caller(a.accountId(), a.username(),
                a.organisationId(), a.organisationName(), a.organisationKind(), a.roles()));
    }

    /** The hubs a council currently belongs to. */
    @Transactional
    public List<OrganisationRef> hubsOf(long councilId) {
        return em.createQuery("SELECT m.hub FROM HubMembership m WHERE m.council.id = :c AND m.leftOn IS NULL "
                        + "ORDER BY m.hub.name", Hub.class)
                .setParameter("c", councilId).getResultList().stream().map(OrganisationRef::of).toList();
    }

    /** The hub a council currently belongs to (the first by name when several), by id only: cheap. */
    @Transactional
    public java.util.Optional<Long> hubIdOf(long councilId) {
        return em.createQuery("SELECT m.hub.id FROM HubMembership m WHERE m.council.id = :c AND m.leftOn IS NULL "
                        + "ORDER BY m.hub.name", Long.class)
                .setParameter("c", councilId).setMaxResults(1).getResultStream().findFirst();
    }

    /** A hub's current member councils, by name. */
    @Transactional
    public List<OrganisationRef> membersOf(long hubId) {
        // One query for the names (not one per member council).
        return em.createQuery("SELECT c.id, c.name FROM HubMembership m JOIN m.council c WHERE m.hub.id = :h AND m.leftOn IS NULL",
                        Object[].class)
                .setParameter("h", hubId).getResultList().stream()
                .map(r -> new OrganisationRef((Long) r[0], (String) r[1]))
                .sorted(java.util.Comparator.comparing(OrganisationRef::name)).toList();
    }

    /** An organisation by its exact name, for loaders of reference and demo data. */
    @Transactional
    public java.util.Optional<OrganisationRef> named(String name) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.name = :n", org.commissioning.marketplace.party.domain.Organisation.class)
                .setParameter("n", name).getResultStream().findFirst().map(OrganisationRef::of);
    }

    /** Whether an enabled account with this username acts for the organisation. */
    @Transactional
    public boolean worksFor(String username, long organisationId) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u AND a.organisation.id = :o AND a.enabled = TRUE",
                        Long.class).setParameter("u", username == null ? "" : username.strip().toLowerCase())
                .setParameter("o", organisationId).getResultList().isEmpty();
    }

    /** Whether an enabled account with this username acts for the organisation in this role. */
    @Transactional
    public boolean worksFor(String username, long organisationId, Role role) {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE a.username = :u AND a.organisation.id = :o "
                        + "AND a.enabled = TRUE AND r = :role", Long.class)
                .setParameter("u", username == null ? "" : username.strip().toLowerCase())
                .setParameter("o", organisationId).setParameter("role", role).getResultList().isEmpty();
    }

    /**
     * Whether an enabled account with this username acts in this role for the hub or for one of its
     * current member councils (councils lend their own evaluators to the hub's tenders).
     */
    @Transactional
    public boolean worksForHubOrMember(String username, long hubId, Role role) {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE a.username = :u AND a.enabled = TRUE AND r = :role "
                        + "AND (a.organisation.id = :h OR a.organisation.id IN (SELECT m.council.id FROM HubMembership m "
                        + "WHERE m.hub.id = :h AND m.leftOn IS NULL))", Long.class)
                .setParameter("u", username == null ? "" : username.strip().toLowerCase())
                .setParameter("h", hubId).setParameter("role", role).getResultList().isEmpty();
    }

    /** Email addresses of the enabled accounts of an organisation, for notifications. */
    @Transactional
    public List<String> usernamesOf(long organisationId) {
        return em.createQuery("SELECT a.username FROM Account a WHERE a.organisation.id = :o AND a.enabled = TRUE "
                + "ORDER BY a.username", String.class).setParameter("o", organisationId).getResultList();
    }

    /** An organisation's name by id. */
    @Transactional
    public String nameOf(long organisationId) {
        var found = em.find(org.commissioning.marketplace.party.domain.Organisation.class, organisationId);
        return found == null ? "" : found.name();
    }

    public boolean isMember(long councilId, long hubId) {
        return hubsOf(councilId).stream().anyMatch(h -> h.id() == hubId);
    }

    /** Whether the caller acts for the hub (its own users) — for services that gate hub-only work. */
    public static boolean actsFor(Caller caller, long organisationId) {
        return caller.organisationId() == organisationId;
    }
}
