package org.commissioning.marketplace.audit.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain", AuditService.csv("plain"));
        assertEquals("\"a, b\"", AuditService.csv("a, b"));
        assertEquals("\"say \"\"no\"\"\"", AuditService.csv("say \"no\""));
        assertEquals("\"two\nlines\"", AuditService.csv("two\nlines"));
        assertEquals("", AuditService.csv(null));
    }

    @Test
    void aFormulaCannotRunInASpreadsheet() {
        assertEquals("\"'=HYPERLINK(1)\"", AuditService.csv("=HYPERLINK(1)"));
        assertEquals("\"'-1\"", AuditService.csv("-1"));
    }
}
