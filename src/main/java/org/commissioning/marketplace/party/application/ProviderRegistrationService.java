package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.ProviderApplication;
import org.commissioning.marketplace.party.application.Commands.Rejection;
import org.commissioning.marketplace.party.application.Views.RegistrationView;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.party.domain.Provider;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Providers register themselves with a hub; a hub commissioner of that hub approves or rejects.
 * Until approved, the provider's users cannot sign in.
 */
@ApplicationScoped
public class ProviderRegistrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /** Anyone may apply; the applicant becomes the provider's first user once approved. */
    @Transactional
    public RegistrationView register(ProviderApplication application) {
        validator.check(application);
        Hub hub = em.find(Hub.class, application.hubId());
        if (hub == null || !hub.isActive()) {
            throw InvalidInputException.of("hubId", "Select the hub you are applying to.");
        }
        String email = application.contactEmail().strip().toLowerCase();
        Provider provider = Provider.applyToJoin(application.legalName().strip(), application.providerType(),
                application.companiesHouseNumber(), application.charityNumber(), hub,
                application.serviceCategories(), email, Instant.now(clock));
        em.persist(provider);
        em.flush();
        accounts.register(provider, email, application.contactName(), application.password(),
                Set.of(Role.PROVIDER_USER), "contactEmail", "password");
        audit.recordAs(email, provider.id(), "provider.registered", "organisation", provider.id(),
                "provider " + provider.name() + " applied to " + hub.name());
        return RegistrationView.of(provider);
    }

    /** Registrations awaiting the caller's hub. */
    @Transactional
    public Page<RegistrationView> pending(PageRequest page) {
        Account caller = tenancy.requireRole(Role.HUB_COMMISSIONER);
        var items = em.createQuery("SELECT p FROM Provider p WHERE p.hub.id = :hub AND p.status = :pending "
                        + "ORDER BY p.createdAt, p.id", Provider.class)
                .setParameter("hub", caller.organisation().id())
                .setParameter("pending", OrganisationStatus.PENDING_APPROVAL)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(RegistrationView::of).toList();
        long total = em.createQuery("SELECT COUNT(p) FROM Provider p WHERE p.hub.id = :hub AND p.status = :pending",
                        Long.class)
                .setParameter("hub", caller.organisation().id())
                .setParameter("pending", OrganisationStatus.PENDING_APPROVAL)
                .getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    @Transactional
    public RegistrationView approve(long providerId) {
        Account caller = tenancy.requireRole(Role.HUB_COMMISSIONER);
        Provider provider = decidable(caller, providerId);
        OrganisationStatus before = provider.status();
        provider.approve(caller.username(), Instant.now(clock));
        audit.record("provider.approved", "organisation", providerId, AuditTrail.change("status", before, provider.status()));
        return RegistrationView.of(provider);
    }

    @Transactional
    public RegistrationView reject(long providerId, Rejection rejection) {
        validator.check(rejection);
        Account caller = tenancy.requireRole(Role.HUB_COMMISSIONER);
        Provider provider = decidable(caller, providerId);
        OrganisationStatus before = provider.status();
        provider.reject(caller.username(), Instant.now(clock), rejection.reason());
        audit.record("provider.rejected", "organisation", providerId,
                AuditTrail.change("status", before, provider.status()) + "; reason: " + provider.decisionReason());
        return RegistrationView.of(provider);
    }

    private Provider decidable(Account caller, long providerId) {
        Provider provider = tenancy.visible(Provider.class, providerId);
        if (!provider.hub().id().equals(caller.organisation().id())) {
            throw new AccessDeniedException("Only " + provider.hub().name() + " can decide this registration.");
        }
        return provider;
    }
}
