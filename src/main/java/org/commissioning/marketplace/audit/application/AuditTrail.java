package org.commissioning.marketplace.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.domain.AuditEntry;
import org.commissioning.marketplace.shared.application.Actor;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes one audit entry for a change, inside the transaction that makes the change, so the
 * entry exists if and only if the change does. Only inserts: chaining is the sealer's job, so
 * writers never queue behind one lock.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<RecordChanged> changes;

    /** Records a change by the signed-in user (or the system, when nobody is signed in). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, String summary) {
        String name = SYSTEM;
        Long organisationId = null;
        try {
            name = actor.name().orElse(SYSTEM);
            organisationId = actor.organisationId().orElse(null);
        } catch (ContextNotActiveException startUpOrTimer) {
            // no request: a start-up or scheduled task acting as the system
        }
        recordAs(name, organisationId, action, recordType, recordId, summary);
    }

    /** Records a change on behalf of a named actor, for work done outside a user's request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actorName, Long organisationId, String action, String recordType, Object recordId,
                         String summary) {
        em.persist(new AuditEntry(Instant.now(clock), actorName, organisationId, action, recordType,
                String.valueOf(recordId), summary));
        changes.fire(new RecordChanged(action, recordType, String.valueOf(recordId)));
    }

    /** "field: before -> after", the form of every before/after summary. */
    public static String change(String field, Object before, Object after) {
        return field + ": " + (before == null ? "(none)" : before) + " -> " + (after == null ? "(none)" : after);
    }
}
