package org.commissioning.marketplace.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.shared.infrastructure.MailOutbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Queues emails in the outbox, inside the caller's transaction: an email exists if and only if
 * the change it tells about was committed, and the mail sender delivers (and retries) it later.
 */
@ApplicationScoped
public class Mailbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Collection<String> recipients, String subject, String body) {
        Instant now = Instant.now(clock);
        recipients.stream().distinct().forEach(r -> em.persist(MailOutbox.email(r, subject, body, now)));
    }
}
