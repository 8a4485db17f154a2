package org.commissioning.marketplace.audit.application;

import org.commissioning.marketplace.audit.domain.AuditEntry;

import java.time.Instant;

/** An audit entry as auditors read it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, Long organisationId, String action,
                             String recordType, String recordId, String summary, Long chainSeq, String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.organisationId(), e.action(), e.recordType(),
                e.recordId(), e.summary(), e.chainSeq(), e.hash());
    }
}
