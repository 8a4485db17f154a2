package org.commissioning.marketplace.bidding.domain;

import org.commissioning.marketplace.shared.domain.Seal;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BidTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final BidContent.Requirements REQUIRED = new BidContent.Requirements(
            Map.of(1, new BidContent.LotRequirement(EnumSet.of(NeedLevel.STANDARD, NeedLevel.COMPLEX), Set.of(11L))),
            Set.of(1));

    @Test
    void theTransitionTableIsExplicit() {
        assertEquals(BidStatus.SUBMITTED, BidStatus.DRAFT.moveTo(BidStatus.SUBMITTED));
        assertEquals(BidStatus.WITHDRAWN, BidStatus.SUBMITTED.moveTo(BidStatus.WITHDRAWN));
        assertEquals(BidStatus.SUPERSEDED, BidStatus.SUBMITTED.moveTo(BidStatus.SUPERSEDED));
        for (BidStatus from : BidStatus.values()) {
            for (BidStatus to : BidStatus.values()) {
                if (!from.next().contains(to)) {
                    assertThrows(InvalidTransitionException.class, () -> from.moveTo(to), from + " -> " + to);
                }
            }
        }
    }

    @Test
    void submittingClearsTheDraftSoOnlyCiphertextRemains() {
        Bid bid = Bid.draft(7, 9, NOW);
        bid.saveDraft("{\"secret\":\"our fee is 950\"}", NOW);
        bid.submit(new byte[]{1, 2, 3}, "abc", "1", "p@example.org", null, null, NOW);
        assertNull(bid.draft());
        assertEquals(BidStatus.SUBMITTED, bid.status());
        assertThrows(ConflictException.class, () -> bid.saveDraft("{}", NOW), "a submitted bid no longer changes");
    }

    @Test
    void aCompleteBidHasEveryPriceAnswerAndSelectionAnswer() {
        BidContent complete = BidContent.of(List.of(new BidContent.LotBid(1,
                Map.of("STANDARD", new BigDecimal("950.00"), "COMPLEX", new BigDecimal("1250.50")), 12,
                Map.of("11", "We keep children safe by..."))), Map.of("1", "No"));
        assertEquals(Map.of(), complete.problems(REQUIRED));
        assertEquals("1", complete.lotNumbers());
    }

    @Test
    void everyMissingOrAbsurdPartIsListed() {
        BidContent incomplete = BidContent.of(List.of(new BidContent.LotBid(1,
                Map.of("STANDARD", new BigDecimal("-5")), -1, Map.of()), new BidContent.LotBid(4, Map.of(), null, Map.of())),
                Map.of());
        Map<String, String> problems = incomplete.problems(REQUIRED);
        assertEquals(List.of("lot 1 fee STANDARD", "lot 1 fee COMPLEX", "lot 1 capacity", "lot 1 answer 11", "lot 4",
                "selection 1"), List.copyOf(problems.keySet()));
        assertTrue(problems.get("lot 1 fee COMPLEX").contains("Enter the weekly fee for complex needs in lot 1."));
        assertEquals("Bid on at least one lot.", BidContent.of(List.of(), Map.of()).problems(REQUIRED).get("lots"));
    }

    @Test
    void sealedContentOpensOnlyWithTheRightKeyAndContext() {
        SecretKey master = Seal.newDataKey();
        SecretKey dataKey = Seal.newDataKey();
        byte[] wrapped = Seal.wrap(master, dataKey, 42);
        assertArrayEquals(dataKey.getEncoded(), Seal.unwrap(master, wrapped, 42).getEncoded());
        assertThrows(IllegalStateException.class, () -> Seal.unwrap(Seal.newDataKey(), wrapped, 42), "another master key");
        assertThrows(IllegalStateException.class, () -> Seal.unwrap(master, wrapped, 43), "another tender's key");

        byte[] plaintext = "{\"fee\":950}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = Seal.seal(dataKey, plaintext, "tender:42/provider:9/bid:1");
        assertTrue(!new String(sealed, StandardCharsets.ISO_8859_1).contains("950"), "no plaintext at rest");
        assertArrayEquals(plaintext, Seal.open(dataKey, sealed, "tender:42/provider:9/bid:1"));
        assertThrows(IllegalStateException.class, () -> Seal.open(dataKey, sealed, "tender:42/provider:9/bid:2"),
                "bound to its bid");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> Seal.open(dataKey, sealed, "tender:42/provider:9/bid:1"),
                "tampering is detected");
    }
}
