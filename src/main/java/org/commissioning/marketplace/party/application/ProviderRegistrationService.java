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
import java.util.List;
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
    Identities identities;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    org.commissioning.marketplace.shared.application.Mailbox mailbox;

    @Inject
    Clock clock;

    /**
     * Anyone may apply; the applicant becomes the provider's first user once approved. The answer
     * never reveals whether the address has an account: when it has, nothing is registered and the
     * address's owner is emailed instead (the caller sees the same acknowledgement).
     */
    @Transactional
    public String register(ProviderApplication application) {
        validator.check(application);
        Hub hub = em.find(Hub.class, application.hubId());
        if (hub == null || !hub.isActive()) {
            throw InvalidInputException.of("hubId", "Select the hub you are applying to.");
        }
        String email = application.contactEmail().strip().toLowerCase();
        String acknowledgement = "Thank you: we have emailed " + email + " about the application for "
                + application.legalName().strip() + " to " + hub.name()
                + ". The hub reviews it; you can sign in with this address once it is approved.";
        String passwordHash = passwords.hash(application.password(), "password");
        boolean taken = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", email).getResultList().isEmpty();
        if (taken) {
            mailbox.queue(List.of(email), "Your application to " + hub.name(),
                    "Someone (we hope you) applied to register " + application.legalName().strip() + " with " + hub.name()
                            + " using this email address, which already has an account in the Regional Commissioning "
                            + "Marketplace. Nothing was registered.\n\nSign in with this address (or reset your password "
                            + "from the sign-in page), or apply again with another address.\n");
            audit.recordAs(AuditTrail.SYSTEM, null, "provider.registration-refused", "account", email,
                    "application for " + application.legalName().strip() + " with an address that has an account");
            return acknowledgement;
        }
        Provider provider = Provider.applyToJoin(application.legalName().strip(), application.providerType(),
                application.companiesHouseNumber(), application.charityNumber(), hub,
                application.serviceCategories(), email, Instant.now(clock));
        em.persist(provider);
        em.flush();
        accounts.register(provider, email, application.contactName(), passwordHash, Set.of(Role.PROVIDER_USER));
        audit.recordAs(email, provider.id(), "provider.registered", "organisation", provider.id(),
                "provider " + provider.name() + " applied to " + hub.name());
        mailbox.queue(List.of(email), "Your application to " + hub.name(),
                "Thank you for applying to register " + provider.name() + " with " + hub.name() + " (reference P-"
                        + provider.id() + ").\n\nA commissioner at the hub reviews it. Once it is approved you can sign "
                        + "in with this email address and the password you chose.\n");
        return acknowledgement;
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
        identities.forget();
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
        identities.forget();
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
