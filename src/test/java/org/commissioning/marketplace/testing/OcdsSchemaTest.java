package org.commissioning.marketplace.testing;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcdsSchemaTest {

    @Test
    void anEcmaCharacterClassWithABracketBecomesAJavaOneWithTheSameMeaning() {
        String java = OcdsSchema.javaRegex("^[([\\]][0-9]+,([0-9]+|INF)[)[\\]]$");
        assertEquals("^[(\\[\\]][0-9]+,([0-9]+|INF)[)\\[\\]]$", java);
        Pattern p = Pattern.compile(java);
        assertTrue(p.matcher("[0,INF)").matches());
        assertTrue(p.matcher("(1,5]").matches());
    }

    @Test
    void aReleaseMissingRequiredFieldsOrUsingAnUnknownTechniqueIsRefused() {
        String problems = OcdsSchema.problems("{\"id\":\"x\",\"date\":\"2026-11-23T10:00:00Z\",\"tag\":[\"tender\"],"
                + "\"initiationType\":\"tender\",\"tender\":{\"id\":\"T-1\",\"techniques\":"
                + "{\"frameworkAgreement\":{\"method\":\"lottery\"}}}}");
        assertTrue(problems.contains("ocid"), problems);
        assertTrue(problems.contains("method"), problems);
    }
}
