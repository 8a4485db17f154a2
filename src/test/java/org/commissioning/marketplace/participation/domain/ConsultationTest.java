package org.commissioning.marketplace.participation.domain;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationTest {

    private static final Instant NOW = Instant.parse("2027-02-03T10:15:30Z");

    private static Consultation consultation() {
        return Consultation.open(7, new Consultation.Plan(" What matters to you? ", 11L, null, "Who do you want to see?\n\n  What helps?  \n"),
                "hub@example", NOW);
    }

    @Test
    void opensWithOneQuestionPerNonBlankLine() {
        Consultation c = consultation();
        assertEquals("What matters to you?", c.title());
        assertEquals(List.of("Who do you want to see?", "What helps?"), c.questions());
        assertEquals(ConsultationStatus.OPEN, c.status());
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Consultation.open(7, new Consultation.Plan(" ", null, null, "\n \n"), "hub@example", NOW));
        assertEquals(List.of("title", "tenderId", "questions"), List.copyOf(e.fieldErrors().keySet()));
        String eleven = String.join("\n", java.util.Collections.nCopies(11, "Why?"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Consultation.open(7, new Consultation.Plan("T", 1L, null, eleven),
                "hub@example", NOW)).fieldErrors().get("questions").contains("between 1 and 10"));
    }

    @Test
    void themesHaveDistinctNamesAndADecisionNeedsWhatWasDone() {
        Consultation c = consultation();
        c.addTheme("Staying near school", "Children want to keep their school.");
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> c.addTheme("staying near SCHOOL", "Again"));
        assertTrue(twice.fieldErrors().get("name").contains("already"));
        assertEquals(1, c.themes().size());
        assertFalse(c.themes().get(0).decided());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> c.decide(0, null, " ", "hub@example", NOW));
        assertEquals(Set.of("changeKind", "weDid"), empty.fieldErrors().keySet());
    }

    @Test
    void aResponseNeedsAWhoAndAnAnswerAndAClosedConsultationTakesNone() {
        Consultation c = consultation();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConsultationResponse.record(c, null, List.of("", " "), Set.of(99L), "hub@example", NOW));
        assertEquals(Set.of("respondent", "answers", "themeIds"), e.fieldErrors().keySet());
        assertThrows(InvalidInputException.class,
                () -> ConsultationResponse.record(c, Respondent.FAMILY, List.of("a", "b", "c"), Set.of(), "hub@example", NOW),
                "more answers than questions");
        ConsultationResponse r = ConsultationResponse.record(c, Respondent.YOUNG_PERSON, List.of("My \"nan\", every week"), Set.of(),
                "hub@example", NOW);
        assertEquals(List.of("My \"nan\", every week", ""), r.answers(), "answers keep their order and their quotes");
        c.close(NOW);
        assertThrows(ConflictException.class,
                () -> ConsultationResponse.record(c, Respondent.CARER, List.of("Late"), Set.of(), "hub@example", NOW));
        assertThrows(InvalidTransitionException.class, () -> c.close(NOW), "closed once");
    }
}
