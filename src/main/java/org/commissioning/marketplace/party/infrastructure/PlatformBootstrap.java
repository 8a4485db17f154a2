package org.commissioning.marketplace.party.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PasswordLinks;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Platform;
import org.commissioning.marketplace.party.domain.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one-time set-up of a new marketplace: when no platform administrator exists and
 * {@code MARKETPLACE_BOOTSTRAP_ADMIN} (marketplace.bootstrap-admin) names an email address, that
 * address becomes the first platform administrator, with no password: a single-use link to set
 * one is emailed (and written to the log when no SMTP host is configured). Once a platform
 * administrator exists the setting does nothing. A row lock on the platform keeps instances
 * starting together from doing it twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PlatformBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.bootstrap-admin")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> smtpHost;

    @PostConstruct
    void bootstrap() {
        Optional<String> address = email.map(String::strip).map(String::toLowerCase).filter(e -> !e.isEmpty());
        em.createNativeQuery("SELECT id FROM platform FOR UPDATE").getResultList();
        boolean done = !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", Role.PLATFORM_ADMINISTRATOR).setMaxResults(1).getResultList().isEmpty();
        if (done) {
            address.ifPresent(a -> LOG.info("A platform administrator exists already: marketplace.bootstrap-admin ("
                    + a + ") is ignored; remove it from the configuration."));
            return;
        }
        if (address.isEmpty() || !address.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.get().length() > 254) {
            LOG.warning(address.isEmpty()
                    ? "No platform administrator exists. Set MARKETPLACE_BOOTSTRAP_ADMIN to the email address of the first "
                    + "one and start again (see the README's production checklist)."
                    : "MARKETPLACE_BOOTSTRAP_ADMIN is not an email address: " + address.get());
            return;
        }
        Platform platform = em.createQuery("SELECT p FROM Platform p", Platform.class).getSingleResult();
        boolean taken = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", address.get()).getResultList().isEmpty();
        if (taken) {
            LOG.warning("MARKETPLACE_BOOTSTRAP_ADMIN (" + address.get() + ") already has an account of another kind; "
                    + "choose another address for the first platform administrator.");
            return;
        }
        Account admin = new Account(platform, address.get(), "Platform administrator", null,
                Set.of(Role.PLATFORM_ADMINISTRATOR), Instant.now(clock));
        em.persist(admin);
        em.flush();
        String link = links.invite(admin, "The marketplace's set-up");
        audit.recordAs(AuditTrail.SYSTEM, platform.id(), "platform.bootstrapped", "account", admin.id(),
                "first platform administrator " + admin.username() + " invited");
        boolean mail = smtpHost.filter(h -> !h.isBlank()).isPresent();
        LOG.warning("Bootstrap: " + admin.username() + " is the first platform administrator. "
                + (mail ? "A link to set the password has been emailed (valid for 7 days, once)."
                : "No SMTP host is configured, so here is the link to set the password (valid for 7 days, once): " + link));
    }
}
