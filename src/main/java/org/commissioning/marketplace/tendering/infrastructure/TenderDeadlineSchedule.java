package org.commissioning.marketplace.tendering.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;
import org.commissioning.marketplace.tendering.application.TenderDeadlines;

import java.time.Duration;

/** Every second, on every instance: tenders whose deadlines have passed move on (once, cluster-wide). */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenderDeadlineSchedule {

    @Inject
    TenderDeadlines deadlines;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofSeconds(1), "Moving tenders on at their deadlines", this::visit);
    }

    void visit() {
        while (deadlines.advanceDue() == TenderDeadlines.BATCH) {
            // a full batch: more may be due
        }
    }
}
