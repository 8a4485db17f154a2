package org.commissioning.marketplace.register.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;
import org.commissioning.marketplace.register.application.InsightService;
import org.commissioning.marketplace.register.application.InsightSnapshots;
import org.commissioning.marketplace.register.application.NationalInsight;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five seconds: dashboard snapshots out of date since a change are computed again, so the
 * next reader finds them ready (a reader who comes first computes them itself).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsightRefreshSchedule {

    private static final Logger LOG = Logger.getLogger(InsightRefreshSchedule.class.getName());

    @Inject
    InsightSnapshots snapshots;

    @Inject
    InsightService insight;

    @Inject
    NationalInsight national;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofSeconds(5), "Refreshing dashboards", this::refresh);
    }

    void refresh() {
        for (String scope : snapshots.stale(20, national.maxAge())) {
            try {
                if (InsightService.NATIONAL.equals(scope)) {
                    national.refresh();
                } else {
                    insight.refresh(scope);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refreshing the dashboard of " + scope + " failed; it will be retried", e);
            }
        }
        try {
            snapshots.prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning dashboard changes failed; it will be retried", e);
        }
    }
}
