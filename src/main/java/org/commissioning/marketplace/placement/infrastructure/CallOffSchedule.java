package org.commissioning.marketplace.placement.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.placement.application.CallOffService;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, on every instance: direct-award windows and further-competition deadlines that
 * closed, offers that lapsed, cascades that move on (each referral once, cluster-wide, by SKIP LOCKED).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallOffSchedule {

    private static final Logger LOG = Logger.getLogger(CallOffSchedule.class.getName());

    @Inject
    CallOffService callOffs;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void visit() {
        try {
            while (callOffs.advanceDue() == CallOffService.BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Moving referrals on failed; it will be retried", e);
        }
    }
}
