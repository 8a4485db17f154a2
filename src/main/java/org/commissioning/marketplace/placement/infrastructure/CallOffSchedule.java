package org.commissioning.marketplace.placement.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commissioning.marketplace.shared.infrastructure.Ticker;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.ReferralRetention;

import java.time.Duration;

/**
 * Every second, on every instance: direct-award windows and further-competition deadlines that
 * closed, offers that lapsed, cascades that move on (each referral once, cluster-wide, by SKIP LOCKED).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallOffSchedule {

    @Inject
    CallOffService callOffs;

    @Inject
    ReferralRetention retention;

    @Inject
    Ticker ticker;

    @PostConstruct
    void start() {
        ticker.every(Duration.ofSeconds(1), "Moving referrals on", this::visit);
        ticker.every(Duration.ofHours(1), "Removing the child's details from old unplaced referrals", this::forget);
    }

    void forget() {
        while (retention.removeDue() == ReferralRetention.BATCH) {
            // a full batch: more may be due
        }
    }

    void visit() {
        while (callOffs.advanceDue() == CallOffService.BATCH) {
            // a full batch: more may be due
        }
    }
}
