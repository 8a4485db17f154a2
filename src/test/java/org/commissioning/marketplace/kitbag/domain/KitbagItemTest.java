package org.commissioning.marketplace.kitbag.domain;

import org.commissioning.marketplace.kitbag.application.FormattedText;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kitbag item: published, revised with every version kept, reviewed on its interval, withdrawn and restored. */
class KitbagItemTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    static KitbagItem.Content content(String title, Integer months) {
        return new KitbagItem.Content(KitbagCategory.GUIDE, title, "How to pool fostering needs across councils.",
                "# Pooling needs\n\n- Ask every council\n- Add the lines up", Set.of(CommissioningStage.ANALYSE_NEED), months);
    }

    @Test
    void aNewItemIsVersionOneReviewedTodayAndOwnedByItsAuthor() {
        KitbagItem item = KitbagItem.publish(7L, content("Pooling fostering needs", 12), "hub@example", TODAY, NOW);
        assertEquals(1, item.currentVersion());
        assertEquals(ItemStatus.CURRENT, item.status());
        assertEquals("hub@example", item.owner());
        assertEquals(TODAY, item.lastReviewedOn());
        assertEquals(LocalDate.of(2028, 3, 15), item.reviewDue());
        assertEquals(List.of(1), item.versions().stream().map(KitbagVersion::number).toList());
        assertEquals("First version.", item.versions().get(0).changeNote());
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndNothingIsMade() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KitbagItem.publish(7L,
                new KitbagItem.Content(null, " ", "", null, Set.of(), 5), "hub@example", TODAY, NOW));
        assertEquals(Set.of("category", "title", "summary", "text", "stages", "reviewEveryMonths"), e.fieldErrors().keySet());
        assertTrue(e.fieldErrors().get("reviewEveryMonths").contains("3, 6, 12 or 24"));
        assertThrows(InvalidInputException.class, () -> KitbagItem.publish(7L, new KitbagItem.Content(KitbagCategory.GUIDE,
                "T", "S", "x".repeat(KitbagItem.MAX_BODY + 1), EnumSet.of(CommissioningStage.TENDER), 12), "hub@example", TODAY, NOW));
    }

    @Test
    void aRevisionKeepsEveryVersionAndCountsAsAReview() {
        KitbagItem item = KitbagItem.publish(7L, content("Pooling fostering needs", 6), "hub@example", TODAY, NOW);
        LocalDate later = TODAY.plusMonths(5);
        item.revise(content("Pooling fostering and residential needs", 6), "Residential homes added", "second@example", later,
                NOW.plusSeconds(86_400L * 150));
        assertEquals(2, item.currentVersion());
        assertEquals("Pooling fostering and residential needs", item.title());
        assertEquals(later, item.lastReviewedOn());
        assertEquals(List.of(2, 1), item.versions().stream().map(KitbagVersion::number).toList());
        assertEquals("Pooling fostering needs", item.versions().get(1).title(), "the first version stays as it was");
        assertEquals("second@example", item.versions().get(0).changedBy());
        InvalidInputException noNote = assertThrows(InvalidInputException.class,
                () -> item.revise(content("Again", 6), " ", "hub@example", later, NOW));
        assertEquals(Set.of("changeNote"), noNote.fieldErrors().keySet());
        assertEquals(2, item.currentVersion(), "a refused revision changes nothing");
    }

    @Test
    void theReviewIsDueSoonAMonthBeforeAndOverdueFromItsDay() {
        KitbagItem item = KitbagItem.publish(7L, content("Pooling fostering needs", 3), "hub@example", TODAY, NOW);
        LocalDate due = LocalDate.of(2027, 6, 15);
        assertEquals(due, item.reviewDue());
        assertEquals(KitbagItem.ReviewState.REVIEWED, item.reviewState(due.minusDays(31)));
        assertEquals(KitbagItem.ReviewState.DUE_SOON, item.reviewState(due.minusDays(30)));
        assertEquals(KitbagItem.ReviewState.DUE_SOON, item.reviewState(due.minusDays(1)));
        assertEquals(KitbagItem.ReviewState.OVERDUE, item.reviewState(due));
        item.markReviewed(due.plusDays(3), NOW);
        assertEquals(LocalDate.of(2027, 9, 18), item.reviewDue());
        assertEquals(KitbagItem.ReviewState.REVIEWED, item.reviewState(due.plusDays(3)));
    }

    @Test
    void aWithdrawnItemIsNeitherRevisedNorReviewedUntilRestored() {
        KitbagItem item = KitbagItem.publish(null, content("Model fostering specification", 12), "platform@example", TODAY, NOW);
        item.changeStatus(ItemStatus.WITHDRAWN, NOW);
        assertThrows(ConflictException.class, () -> item.markReviewed(TODAY, NOW));
        assertThrows(ConflictException.class, () -> item.revise(content("X", 12), "Changed", "platform@example", TODAY, NOW));
        assertThrows(InvalidTransitionException.class, () -> item.changeStatus(ItemStatus.WITHDRAWN, NOW));
        item.changeStatus(ItemStatus.CURRENT, NOW);
        item.markReviewed(TODAY, NOW);
        assertEquals(ItemStatus.CURRENT, item.status());
    }

    @Test
    void everyStatusPairIsAllowedOrRefusedAsTheTableSays() {
        for (ItemStatus from : ItemStatus.values()) {
            for (ItemStatus to : ItemStatus.values()) {
                boolean allowed = from != to;
                assertEquals(allowed, from.next().contains(to), from + " -> " + to);
                if (!allowed) {
                    assertThrows(InvalidTransitionException.class, () -> from.moveTo(to));
                }
            }
        }
    }

    @Test
    void aHandoverNamesSomeone() {
        KitbagItem item = KitbagItem.publish(7L, content("Pooling fostering needs", 12), "hub@example", TODAY, NOW);
        assertThrows(InvalidInputException.class, () -> item.handTo(" ", NOW));
        item.handTo("second@example", NOW);
        assertEquals("second@example", item.owner());
    }

    @Test
    void searchWordsAreRequiredPrefixesWithoutOperatorsShortWordsOrStopwords() {
        assertEquals("+foster* +residential*", SearchWords.of("Foster the  RESIDENTIAL, foster in").booleanQuery());
        assertEquals("+price* +schedule*", SearchWords.of("+price -schedule* \"@x\"").booleanQuery(), "the user's operators are dropped");
        assertTrue(SearchWords.of(null).isEmpty());
        assertTrue(SearchWords.of("  ").isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SearchWords.of("to be a"));
        assertEquals(Set.of("q"), e.fieldErrors().keySet());
        assertThrows(InvalidInputException.class, () -> SearchWords.of("x".repeat(201)));
    }

    @Test
    void formattedTextCannotCarryAScript() {
        String html = FormattedText.html("# Heading\n\n**bold** <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "[bad](javascript:alert(3)) [good](https://www.gov.uk/guidance)");
        assertTrue(html.contains("<h1>Heading</h1>"), html);
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://www.gov.uk/guidance\""), html);
    }
}
