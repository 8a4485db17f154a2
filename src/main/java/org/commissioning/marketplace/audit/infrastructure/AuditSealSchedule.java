package org.commissioning.marketplace.audit.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;
import org.commissioning.marketplace.audit.application.AuditSealer;

import java.time.Duration;

/** Seals new audit entries every two seconds on every instance; the chain head lock serialises them. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealSchedule {

    @Inject
    AuditSealer sealer;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofSeconds(2), "Sealing the audit trail", this::seal);
    }

    void seal() {
        sealer.sealAll();
    }
}
