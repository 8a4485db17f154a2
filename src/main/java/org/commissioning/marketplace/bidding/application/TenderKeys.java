package org.commissioning.marketplace.bidding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates a tender's wrapped data key exactly once, however many first submissions race: an
 * INSERT IGNORE in its own transaction, so the losers simply find the winner's key.
 */
@ApplicationScoped
public class TenderKeys {

    @PersistenceContext
    EntityManager em;

    /** Tenders known to have a key. Keys are never deleted, so every instance may remember them. */
    private final Set<Long> known = ConcurrentHashMap.newKeySet();

    /** Whether the tender has a key: remembered once seen, otherwise a plain (non-locking) read. */
    public boolean exists(long tenderId) {
        if (known.contains(tenderId)) {
            return true;
        }
        boolean found = !em.createNativeQuery("SELECT 1 FROM tender_key WHERE tender_id = ?")
                .setParameter(1, tenderId).getResultList().isEmpty();
        if (found) {
            known.add(tenderId);
        }
        return found;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(long tenderId, byte[] wrappedKey, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO tender_key (tender_id, wrapped_key, created_at) VALUES (?, ?, ?)")
                .setParameter(1, tenderId).setParameter(2, wrappedKey)
                .setParameter(3, InstantConverter.column(now))
                .executeUpdate();
    }
}
