package org.commissioning.marketplace.audit.application;

/**
 * Fired for every audited change, so read models elsewhere can notice it (observe it after the
 * transaction succeeds: a rolled-back change fires nothing then).
 */
public record RecordChanged(String action, String recordType, String recordId) {
}
