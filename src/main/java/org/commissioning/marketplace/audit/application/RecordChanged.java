package org.commissioning.marketplace.audit.application;

/**
 * Fired for every audited change, inside the changing transaction, so read models elsewhere can
 * note what it makes out of date in that same transaction (a rolled-back change then leaves no
 * trace). Observers that must not slow the change down keep their work to an insert.
 */
public record RecordChanged(String action, String recordType, String recordId) {
}
