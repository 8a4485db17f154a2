package org.commissioning.marketplace.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends due emails from the outbox over SMTP (Jakarta Mail). Rows are locked with SKIP LOCKED so
 * instances of a cluster never send the same email twice. With no SMTP host configured, emails stay
 * queued (and are logged once) until one is.
 */
@ApplicationScoped
public class MailOutbox {

    static final int BATCH = 25;
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "no-reply@commissioning-marketplace.example")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties props = new Properties();
        host.filter(h -> !h.isBlank()).ifPresent(h -> props.put("mail.smtp.host", h));
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        session = Session.getInstance(props);
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("No SMTP host is configured (mail.smtp.host): emails stay in the outbox.");
        }
    }

    public static OutboundEmail email(String recipient, String subject, String body, Instant now) {
        return new OutboundEmail(recipient, subject, body, now);
    }

    /** Sends one batch of due emails; returns how many were sent. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDue() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        List<Number> ids = em.createNativeQuery("SELECT id FROM outbound_email WHERE sent_at IS NULL AND next_try_at IS NOT NULL "
                        + "AND next_try_at <= ? ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, InstantConverter.column(now)).getResultList();
        int sent = 0;
        for (Number id : ids) {
            OutboundEmail email = em.find(OutboundEmail.class, id.longValue());
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.recipient()));
                message.setSubject(email.subject(), "UTF-8");
                message.setText(email.body(), "UTF-8");
                Transport.send(message);
                email.sent(now);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                email.failed(e.getMessage(), now);
                LOG.warning(() -> "Email " + id + " was not sent; it will be retried: " + e.getMessage());
            }
        }
        return sent;
    }
}
