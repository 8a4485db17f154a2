package org.commissioning.marketplace.evaluation.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BlindAnswerTest {

    @Test
    void theBiddersNameIsTakenOutInAnyCaseWithAndWithoutItsCompanySuffix() {
        assertEquals("At the provider we listen. the provider's carers meet the provider monthly.",
                BlindAnswer.withoutName("At Brightwater Fostering Ltd we listen. BRIGHTWATER FOSTERING's carers meet brightwater fostering monthly.",
                        "Brightwater Fostering Ltd"));
        assertEquals("the provider runs three homes.", BlindAnswer.withoutName("Oakfield Care CIC runs three homes.", "Oakfield Care CIC"));
    }

    @Test
    void onlyWholeWordsAreReplacedAndOtherTextStaysAsItIs() {
        assertEquals("Ashbrooking is a word; the provider is the bidder.",
                BlindAnswer.withoutName("Ashbrooking is a word; Ashbrook is the bidder.", "Ashbrook"));
        assertEquals("No names here.", BlindAnswer.withoutName("No names here.", "Ashbrook Homes Limited"));
        assertEquals("", BlindAnswer.withoutName("", "Ashbrook"));
        assertEquals("Kept.", BlindAnswer.withoutName("Kept.", " "));
    }

    @Test
    void aShortNameLeftByTheSuffixIsNotStrippedToNothing() {
        // "AB Ltd" would leave "AB": too short to take out safely, so only the full name goes.
        assertEquals("AB works with the provider.", BlindAnswer.withoutName("AB works with AB Ltd.", "AB Ltd"));
    }

    @Test
    void bidsAreLetteredInOrderPastZ() {
        assertEquals("A", BlindAnswer.letters(0));
        assertEquals("Z", BlindAnswer.letters(25));
        assertEquals("AA", BlindAnswer.letters(26));
        assertEquals("AZ", BlindAnswer.letters(51));
        assertEquals("BA", BlindAnswer.letters(52));
        assertThrows(IllegalArgumentException.class, () -> BlindAnswer.letters(-1));
    }
}
