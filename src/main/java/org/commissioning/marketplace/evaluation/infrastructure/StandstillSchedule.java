package org.commissioning.marketplace.evaluation.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;
import org.commissioning.marketplace.evaluation.application.AwardService;

import java.time.Duration;

/** Every second, on every instance: awards whose standstill has ended become final (once, cluster-wide). */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StandstillSchedule {

    @Inject
    AwardService awards;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofSeconds(1), "Ending standstill periods", this::visit);
    }

    void visit() {
        while (awards.finishDue() == AwardService.BATCH) {
            // a full batch: more may be due
        }
        while (awards.expireDue() == AwardService.BATCH) {
            // agreements whose term has ended
        }
    }
}
