package org.commissioning.marketplace.audit.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEntryTest {

    private static AuditEntry entry(String summary) {
        return new AuditEntry(Instant.parse("2026-03-06T17:00:00.123456789Z"), "hub@example.org", 40L,
                "provider.approved", "organisation", "44", summary);
    }

    @Test
    void timesAreKeptToTheMicrosecondLikeTheDatabase() {
        assertEquals(Instant.parse("2026-03-06T17:00:00.123456Z"), entry("x").occurredAt());
    }

    @Test
    void eachSealedEntryLinksToThePreviousHash() {
        AuditEntry first = entry("status: PENDING_APPROVAL -> ACTIVE");
        AuditEntry second = entry("status: ACTIVE -> SUSPENDED");
        first.seal(1, AuditEntry.GENESIS_HASH);
        second.seal(2, first.hash());
        assertEquals(64, first.hash().length());
        assertTrue(first.isIntactAfter(AuditEntry.GENESIS_HASH));
        assertTrue(second.isIntactAfter(first.hash()));
        assertFalse(second.isIntactAfter(AuditEntry.GENESIS_HASH));
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void alteringTheContentBreaksTheHash() throws Exception {
        AuditEntry e = entry("status: PENDING_APPROVAL -> ACTIVE");
        e.seal(1, AuditEntry.GENESIS_HASH);
        Field summary = AuditEntry.class.getDeclaredField("summary");
        summary.setAccessible(true);
        summary.set(e, "status: PENDING_APPROVAL -> REJECTED");
        assertFalse(e.isIntactAfter(AuditEntry.GENESIS_HASH));
    }

    @Test
    void anEntryIsSealedOnlyOnce() {
        AuditEntry e = entry("x");
        e.seal(1, AuditEntry.GENESIS_HASH);
        assertThrows(IllegalStateException.class, () -> e.seal(2, AuditEntry.GENESIS_HASH));
    }

    @Test
    void anUnsealedEntryIsNotIntact() {
        assertFalse(entry("x").isIntactAfter(AuditEntry.GENESIS_HASH));
    }
}
