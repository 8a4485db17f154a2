package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.ContactChange;
import org.commissioning.marketplace.party.application.Commands.NewHub;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.application.Views.OrganisationDetails;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.application.Views.OrganisationSummary;
import org.commissioning.marketplace.party.domain.Council;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.Organisation;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reading and changing organisations: hubs, councils and providers, within the caller's tenancy. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    Identities identities;


    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Transactional
    public OrganisationDetails details(long id) {
        return detailsOf(tenancy.visible(Organisation.class, id));
    }

    /** The caller's own organisation. */
    @Transactional
    public OrganisationDetails mine() {
        return detailsOf(tenancy.requireSignedIn().organisation());
    }

    @Transactional
    public OrganisationDetails changeContact(long id, ContactChange change) {
        validator.check(change);
        Organisation org = tenancy.changeable(Organisation.class, id,
                Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER);
        if (change.version() != org.version()) {
            throw new ConflictException("Someone else changed " + org.name()
                    + " after you opened it. Reload it and make your change again.");
        }
        String before = org.contactEmail();
        org.changeContactEmail(change.contactEmail().strip().toLowerCase());
        audit.record("organisation.contact-changed", "organisation", org.id(),
                AuditTrail.change("contactEmail", before, org.contactEmail()));
        em.flush();
        return detailsOf(org);
    }

    /** Every organisation, for administrators; filtered by kind, status and part of the name. */
    @Transactional
    public Page<OrganisationSummary> list(OrganisationKind kind, OrganisationStatus status, String nameContains,
                                          PageRequest page) {
        java.util.Optional<Hub> scope = tenancy.administeredHub();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (scope.isPresent()) {
            where.append(" AND (o.id = :hub OR o.id IN (SELECT m.council.id FROM HubMembership m WHERE m.hub.id = :hub"
                    + " AND m.leftOn IS NULL) OR o.id IN (SELECT p.id FROM Provider p WHERE p.hub.id = :hub))");
        }
        if (kind != null) {
            where.append(" AND o.kind = :kind");
        }
        if (status != null) {
            where.append(" AND o.status = :status");
        }
        boolean byName = nameContains != null && !nameContains.isBlank();
        if (byName) {
            where.append(" AND LOWER(o.name) LIKE :name");
        }
        TypedQuery<Organisation> q = em.createQuery("SELECT o FROM Organisation o" + where + " ORDER BY o.name, o.id",
                Organisation.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, count)) {
            scope.ifPresent(hub -> query.setParameter("hub", hub.id()));
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (byName) {
                query.setParameter("name", "%" + nameContains.strip().toLowerCase().replace("%", "\\%") + "%");
            }
        }
        List<OrganisationSummary> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(OrganisationSummary::of).toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    @Transactional
    public OrganisationDetails suspend(long id) {
        tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Organisation org = tenancy.administered(Organisation.class, id);
        if (org.id().equals(tenancy.requireSignedIn().organisation().id())) {
            throw new ConflictException("You cannot suspend your own organisation.");
        }
        OrganisationStatus before = org.status();
        org.suspend();
        identities.forget();
        audit.record("organisation.suspended", "organisation", id, AuditTrail.change("status", before, org.status()));
        return detailsOf(org);
    }

    @Transactional
    public OrganisationDetails reactivate(long id) {
        tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Organisation org = tenancy.administered(Organisation.class, id);
        OrganisationStatus before = org.status();
        org.reactivate();
        audit.record("organisation.reactivated", "organisation", id, AuditTrail.change("status", before, org.status()));
        return detailsOf(org);
    }

    /** Administrators admit a council to a hub from today. */
    @Transactional
    public OrganisationDetails admitToHub(long hubId, long councilId) {
        tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Hub hub = tenancy.administered(Hub.class, hubId);
        Council council = tenancy.visible(Council.class, councilId);
        hub.admit(council, LocalDate.now(clock));
        audit.record("hub.council-admitted", "organisation", hubId, "council " + council.name() + " admitted");
        em.flush();
        return detailsOf(hub);
    }

    /** Administrators record that a council left a hub today. */
    @Transactional
    public OrganisationDetails releaseFromHub(long hubId, long councilId) {
        tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Hub hub = tenancy.administered(Hub.class, hubId);
        Council council = tenancy.visible(Council.class, councilId);
        hub.release(council, LocalDate.now(clock));
        audit.record("hub.council-left", "organisation", hubId, "council " + council.name() + " left");
        return detailsOf(hub);
    }

    /**
     * Platform administrators create a hub: led by a council (the hub serves its region), with its
     * other member councils from today, and its first hub administrator, invited by email.
     */
    @Transactional
    public OrganisationDetails createHub(NewHub command) {
        validator.check(command);
        Account caller = tenancy.requireRole(Role.PLATFORM_ADMINISTRATOR);
        String name = command.name().strip();
        boolean taken = !em.createQuery("SELECT h.id FROM Hub h WHERE LOWER(h.name) = :n", Long.class)
                .setParameter("n", name.toLowerCase()).getResultList().isEmpty();
        if (taken) {
            throw InvalidInputException.of("name", "A hub called " + name + " exists already.");
        }
        Council lead = council(command.leadCouncilId(), "leadCouncilId");
        Hub hub = new Hub(name, lead.region(), lead, command.contactEmail().strip().toLowerCase(),
                java.time.Instant.now(clock), LocalDate.now(clock));
        Set<Long> members = command.memberCouncilIds() == null ? Set.of() : command.memberCouncilIds();
        for (Long memberId : members) {
            Council member = council(memberId, "memberCouncilIds");
            if (!member.id().equals(lead.id())) {
                hub.admit(member, LocalDate.now(clock));
            }
        }
        em.persist(hub);
        em.flush();
        audit.record("hub.created", "organisation", hub.id(), "hub " + hub.name() + " led by " + lead.name()
                + " with " + hub.currentMembers().size() + " member councils");
        accounts.invite(hub, command.administratorEmail(), command.administratorName(), Set.of(Role.ADMINISTRATOR),
                caller.displayName());
        return detailsOf(hub);
    }

    private Council council(Long id, String field) {
        Council council = id == null ? null : em.find(Council.class, id);
        if (council == null) {
            throw InvalidInputException.of(field, "Select councils from the list: there is no council with id " + id + ".");
        }
        return council;
    }

    /** Active hubs a provider may apply to; public, for the registration form. */
    @Transactional
    public List<OrganisationRef> activeHubs() {
        return em.createQuery("SELECT h FROM Hub h WHERE h.status = :active ORDER BY h.name", Hub.class)
                .setParameter("active", OrganisationStatus.ACTIVE)
                .getResultList().stream().map(OrganisationRef::of).toList();
    }

    /** Councils, for administrators choosing hub members. */
    @Transactional
    public List<OrganisationRef> councils() {
        tenancy.requireRole(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        return em.createQuery("SELECT c FROM Council c ORDER BY c.name", Council.class)
                .getResultList().stream().map(OrganisationRef::of).toList();
    }

    OrganisationDetails detailsOf(Organisation org) {
        List<Hub> hubs = List.of();
        if (org instanceof Council council) {
            hubs = em.createQuery("SELECT DISTINCT m.hub FROM HubMembership m WHERE m.council = :c AND m.leftOn IS NULL",
                    Hub.class).setParameter("c", council).getResultList();
        }
        return OrganisationDetails.of(org, hubs);
    }
}
