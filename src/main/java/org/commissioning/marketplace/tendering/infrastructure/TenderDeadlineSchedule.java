package org.commissioning.marketplace.tendering.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.tendering.application.TenderDeadlines;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every second, on every instance: tenders whose deadlines have passed move on (once, cluster-wide). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenderDeadlineSchedule {

    private static final Logger LOG = Logger.getLogger(TenderDeadlineSchedule.class.getName());

    @Inject
    TenderDeadlines deadlines;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void visit() {
        try {
            while (deadlines.advanceDue() == TenderDeadlines.BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Moving tenders on at their deadlines failed; it will be retried", e);
        }
    }
}
