package org.commissioning.marketplace.audit.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.audit.application.AuditSealer;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Seals new audit entries every two seconds on every instance; the chain head lock serialises them. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealSchedule {

    private static final Logger LOG = Logger.getLogger(AuditSealSchedule.class.getName());

    @Inject
    AuditSealer sealer;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void seal() {
        try {
            sealer.sealAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the audit trail failed; it will be retried", e);
        }
    }
}
