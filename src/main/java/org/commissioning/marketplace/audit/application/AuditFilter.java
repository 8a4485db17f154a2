package org.commissioning.marketplace.audit.application;

import java.time.Instant;

/** Optional filters on the audit trail; blank or null means "any". */
public record AuditFilter(String actor, String action, String recordType, String recordId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
