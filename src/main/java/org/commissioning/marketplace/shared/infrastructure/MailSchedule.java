package org.commissioning.marketplace.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;

import java.time.Duration;

/** Every two seconds, on every instance: send what the outbox holds. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSchedule {

    @Inject
    MailOutbox outbox;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofSeconds(2), "Sending queued emails", this::send);
    }

    void send() {
        while (outbox.sendDue() == MailOutbox.BATCH) {
            // a full batch: more may be due
        }
    }
}
