package org.commissioning.marketplace.register.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.register.application.AlertService;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes on every instance: on Mondays, sends each organisation's weekly alert digest
 * that has not gone yet (the alert_digest table makes it once per organisation and week).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertDigestSchedule {

    private static final Logger LOG = Logger.getLogger(AlertDigestSchedule.class.getName());

    @Inject
    AlertService alerts;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void visit() {
        try {
            int sent = alerts.sendWeeklyDigests();
            if (sent > 0) {
                LOG.info(() -> "Weekly alert digests sent: " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending weekly alert digests failed; it will be retried", e);
        }
    }
}
