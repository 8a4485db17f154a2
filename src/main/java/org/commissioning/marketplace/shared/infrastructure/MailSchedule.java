package org.commissioning.marketplace.shared.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every two seconds, on every instance: send what the outbox holds. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Inject
    MailOutbox outbox;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void send() {
        try {
            while (outbox.sendDue() == MailOutbox.BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending queued emails failed; it will be retried", e);
        }
    }
}
