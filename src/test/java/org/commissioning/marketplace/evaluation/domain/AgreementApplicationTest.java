package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An application to join a dynamic market is assessed by the lot's evaluators before the hub decides on it. */
class AgreementApplicationTest {

    static final Instant NOW = Instant.parse("2027-05-03T10:00:00Z");

    static AgreementApplication application() {
        return new AgreementApplication(7, 42, 1, "{}", "provider@example", NOW);
    }

    @Test
    void theDecisionWaitsForAnAssessmentByAnEvaluatorWithoutAConflict() {
        AgreementApplication a = application();
        assertThrows(ConflictException.class, () -> a.decide(true, null, null, null, "Meets every condition", "hub@example", NOW),
                "no assessment yet");
        a.assess("conflicted@example", true, "My sister runs the applicant's homes", null, null, NOW);
        assertFalse(a.independentlyAssessed(), "a conflicted evaluator gives no view");
        assertThrows(ConflictException.class, () -> a.decide(true, null, null, null, "Meets every condition", "hub@example", NOW));
        a.assess("evaluator@example", false, null, true, "Every selection answer is in order", NOW);
        assertTrue(a.independentlyAssessed());
        a.decide(true, null, null, null, "Meets every condition", "hub@example", NOW);
        assertEquals(ApplicationStatus.ADMITTED, a.status());
        assertThrows(ConflictException.class, () -> a.assess("evaluator@example", false, null, false, "Changed my mind about it", NOW),
                "no assessment after the decision");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "SUBMITTED, SUBMITTED, false", "SUBMITTED, ADMITTED, true", "SUBMITTED, REFUSED, true",
        "ADMITTED, SUBMITTED, false", "ADMITTED, ADMITTED, false", "ADMITTED, REFUSED, false",
        "REFUSED, SUBMITTED, false", "REFUSED, ADMITTED, false", "REFUSED, REFUSED, false"
    })
    void everyPairOfStatuses(ApplicationStatus from, ApplicationStatus to, boolean allowed) {
        if (allowed) {
            assertEquals(to, from.moveTo(to));
        } else {
            assertThrows(org.commissioning.marketplace.shared.domain.InvalidTransitionException.class, () -> from.moveTo(to));
        }
    }

    @Test
    void anAssessmentNamesWhatIsMissingAndAnEvaluatorRevisesTheirOwn() {
        AgreementApplication a = application();
        assertEquals(Set.of("meetsConditions", "reasons"),
                assertThrows(InvalidInputException.class, () -> a.assess("evaluator@example", false, null, null, " ", NOW))
                        .fieldErrors().keySet());
        assertEquals(Set.of("conflictDetails"),
                assertThrows(InvalidInputException.class, () -> a.assess("evaluator@example", true, "short", null, null, NOW))
                        .fieldErrors().keySet());
        assertTrue(a.assessments().isEmpty(), "a refused assessment records nothing");
        a.assess("evaluator@example", false, null, false, "No evidence of a safeguarding lead", NOW);
        a.assess("evaluator@example", true, "I found I worked with the applicant last year", true, "ignored", NOW.plusSeconds(60));
        assertEquals(1, a.assessments().size(), "one assessment per evaluator");
        ApplicationAssessment mine = a.assessments().get(0);
        assertTrue(mine.conflict());
        assertNull(mine.meetsConditions(), "with a conflict, no view on the application");
        assertNull(mine.reasons());
    }
}
