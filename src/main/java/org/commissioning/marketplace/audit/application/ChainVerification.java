package org.commissioning.marketplace.audit.application;

/**
 * The outcome of walking the whole chain: how many entries were checked, and the first one whose
 * hash or link does not match (null when the chain is intact).
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, long pending, String message) {
}
