package org.commissioning.marketplace.tendering.domain;

import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tender document's content must be of the kind its name says. */
class TenderDocumentTest {

    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};

    @Test
    void eachKindIsRecognisedByItsContent() {
        assertTrue(TenderDocument.contentMatches("pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(TenderDocument.contentMatches("docx", ZIP));
        assertTrue(TenderDocument.contentMatches("xlsx", ZIP));
        assertTrue(TenderDocument.contentMatches("odt", ZIP));
        assertTrue(TenderDocument.contentMatches("csv", "Category,Placements\nFostering,12\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(TenderDocument.contentMatches("txt", "Questions answered: café, £900".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TenderDocument.contentMatches("pdf", ZIP), "a zip named .pdf");
        assertFalse(TenderDocument.contentMatches("docx", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TenderDocument.contentMatches("txt", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TenderDocument.contentMatches("csv", new byte[]{'a', 0, 'b'}), "binary named .csv");
        assertFalse(TenderDocument.contentMatches("txt", new byte[]{(byte) 0xC3, (byte) 0x28}), "not UTF-8");
    }

    @Test
    void anHtmlPageNamedPdfIsRefusedNamingTheFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TenderDocument.version(1, "Specification", 1,
                "spec.pdf", "<!DOCTYPE html><p>hi</p>".getBytes(StandardCharsets.UTF_8), "x", "hub@example.org", Instant.EPOCH));
        assertEquals("The file \"spec.pdf\" is not really a .pdf file: its content is of another kind. Upload the document itself.",
                e.fieldErrors().get("file"));
    }
}
