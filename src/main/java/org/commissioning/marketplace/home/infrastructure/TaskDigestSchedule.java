package org.commissioning.marketplace.home.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.home.application.TaskDigests;
import org.commissioning.marketplace.shared.infrastructure.Ticker;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every ten minutes on every instance: from 07:00 UK time, sends each person's email of what waits
 * for them that has not gone yet today (the task_digest table makes it once per person and day).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskDigestSchedule {

    private static final Logger LOG = Logger.getLogger(TaskDigestSchedule.class.getName());

    @Inject
    TaskDigests digests;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofMinutes(10), "Sending the morning emails of tasks", this::visit);
    }

    void visit() {
        int sent = digests.sendIfMorning();
        if (sent > 0) {
            LOG.info(() -> "Morning emails of tasks sent: " + sent);
        }
    }
}
