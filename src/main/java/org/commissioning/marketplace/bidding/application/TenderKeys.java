package org.commissioning.marketplace.bidding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Creates a tender's wrapped data key exactly once, however many first submissions race: an
 * INSERT IGNORE in its own transaction, so the losers simply find the winner's key.
 */
@ApplicationScoped
public class TenderKeys {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(long tenderId, byte[] wrappedKey, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO tender_key (tender_id, wrapped_key, created_at) VALUES (?, ?, ?)")
                .setParameter(1, tenderId).setParameter(2, wrappedKey)
                .setParameter(3, java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)))
                .executeUpdate();
    }
}
