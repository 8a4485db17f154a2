package org.commissioning.marketplace.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.placement.domain.Referral;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Children's details are kept no longer than needed: a referral that closed without a placement
 * (unplaced or withdrawn) loses its child's details after {@code marketplace.retention.unplaced-referral-months}
 * (12 by default), each removal audited. Runs on every instance; SKIP LOCKED shares the work out.
 */
@ApplicationScoped
public class ReferralRetention {

    public static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.retention.unplaced-referral-months", defaultValue = "12")
    int months;

    /** Removes the details of one batch of referrals past their retention; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int removeDue() {
        Instant now = Instant.now(clock);
        Instant before = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<Number> ids = em.createNativeQuery("SELECT id FROM referral WHERE status IN ('UNPLACED', 'WITHDRAWN') "
                        + "AND closed_at < ? AND details_removed_at IS NULL ORDER BY closed_at LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, InstantConverter.column(before)).getResultList();
        int removed = 0;
        for (Number id : ids) {
            Referral referral = em.find(Referral.class, id.longValue());
            if (referral.removeChildDetails(now)) {
                audit.recordAs(AuditTrail.SYSTEM, referral.councilId(), "referral.child-details-removed", "referral", referral.id(),
                        "the child's details were removed " + months + " months after the referral closed without a placement");
                removed++;
            }
        }
        return removed;
    }
}
