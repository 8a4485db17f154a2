package org.commissioning.marketplace.register.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;
import org.commissioning.marketplace.register.application.AlertService;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes on every instance: on Mondays, sends each organisation's weekly alert digest
 * that has not gone yet (the alert_digest table makes it once per organisation and week).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertDigestSchedule {

    private static final Logger LOG = Logger.getLogger(AlertDigestSchedule.class.getName());

    @Inject
    AlertService alerts;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofMinutes(10), "Sending weekly alert digests", this::visit);
    }

    void visit() {
        int sent = alerts.sendWeeklyDigests();
        if (sent > 0) {
            LOG.info(() -> "Weekly alert digests sent: " + sent);
        }
    }
}
