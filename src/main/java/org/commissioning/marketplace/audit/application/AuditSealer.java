package org.commissioning.marketplace.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.domain.AuditEntry;

import java.util.List;

/**
 * Chains pending audit entries in the order they are found (id order), giving each the next
 * sequence number and its hash. The chain head row is locked for the duration, so across a
 * cluster only one instance seals at a time; an entry committed late simply joins the chain later.
 */
@ApplicationScoped
public class AuditSealer {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** This bean's own proxy: each batch must run through it to get its own transaction. */
    @Inject
    AuditSealer self;

    /** Seals up to one batch of pending entries; returns how many were sealed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealPending() {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String previous = (String) head[1];
        List<AuditEntry> pending = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.chainSeq IS NULL ORDER BY e.id", AuditEntry.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (AuditEntry entry : pending) {
            seq++;
            entry.seal(seq, previous);
            previous = entry.hash();
        }
        if (!pending.isEmpty()) {
            em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                    .setParameter(1, seq).setParameter(2, previous).executeUpdate();
        }
        return pending.size();
    }

    /** Seals until nothing is pending (bounded, in case writers keep adding). */
    public int sealAll() {
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            int sealed = self.sealPending();
            total += sealed;
            if (sealed < BATCH) {
                break;
            }
        }
        return total;
    }
}
