package org.commissioning.marketplace.evaluation.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.evaluation.application.AwardService;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every second, on every instance: awards whose standstill has ended become final (once, cluster-wide). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StandstillSchedule {

    private static final Logger LOG = Logger.getLogger(StandstillSchedule.class.getName());

    @Inject
    AwardService awards;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void visit() {
        try {
            while (awards.finishDue() == AwardService.BATCH) {
                // a full batch: more may be due
            }
            while (awards.expireDue() == AwardService.BATCH) {
                // agreements whose term has ended
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending standstill periods failed; it will be retried", e);
        }
    }
}
