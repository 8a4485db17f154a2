package org.commissioning.marketplace.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Moves tenders on when their deadlines pass. Visits tenders whose {@code next_check} is due,
 * locking them with SKIP LOCKED so that instances of a cluster share the work and never visit the
 * same tender at once; each visit is idempotent.
 */
@ApplicationScoped
public class TenderDeadlines {

    public static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Advances one batch of due tenders; returns how many moved. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int advanceDue() {
        Instant now = Instant.now(clock);
        List<Number> ids = em.createNativeQuery("SELECT id FROM tender WHERE next_check IS NOT NULL AND next_check <= ? "
                        + "ORDER BY next_check LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, InstantConverter.column(now))
                .getResultList();
        int moved = 0;
        for (Number id : ids) {
            Tender tender = em.find(Tender.class, id.longValue());
            List<TenderStatus> passed = tender.advance(now);
            for (TenderStatus status : passed) {
                audit.recordAs(AuditTrail.SYSTEM, tender.hubId(), "tender.deadline-passed", "tender", tender.id(),
                        "status -> " + status + " at " + now);
            }
            if (!passed.isEmpty()) {
                moved++;
            }
        }
        return moved;
    }
}
