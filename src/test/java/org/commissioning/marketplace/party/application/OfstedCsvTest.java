package org.commissioning.marketplace.party.application;

import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.OfstedRecord;
import org.commissioning.marketplace.party.domain.RegistrationStatus;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfstedCsvTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String HEADER = "\uFEFFURN,Provider type,Registration status,Latest full inspection date,"
            + "Overall experiences and progress of children and young people\r\n";

    private static List<OfstedRecord> parse(String body) {
        return OfstedCsv.parse(new StringReader(HEADER + body), TODAY);
    }

    @Test
    void readsOfstedsWordsAndDatesAndIgnoresOtherColumns() {
        List<OfstedRecord> records = parse("sc481120,Independent fostering agency,Active,14/10/2026,Good\r\n"
                + "SC611045,Children's home,suspended,2026-10-02,Inadequate\r\n"
                + "SC720015,Supported accommodation,Active,,\r\n"
                + "135678,School,Cancelled,01/02/2025,Requires improvement\r\n");
        assertEquals(4, records.size());
        assertEquals(new OfstedRecord(2, "SC481120", RegistrationStatus.ACTIVE, OfstedJudgement.GOOD, LocalDate.of(2026, 10, 14)),
                records.get(0));
        assertEquals(RegistrationStatus.SUSPENDED, records.get(1).registration());
        assertEquals(LocalDate.of(2026, 10, 2), records.get(1).inspectionDate());
        assertNull(records.get(2).judgement(), "not inspected");
        assertNull(records.get(2).inspectionDate());
        assertEquals(OfstedJudgement.REQUIRES_IMPROVEMENT, records.get(3).judgement());
    }

    @Test
    void everyMalformedLineIsNamedAndTheFileIsRefusedWhole() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(
                "SC481120,Fostering,Active,14/10/2026,Good\r\n"
                        + "SC12,Home,Active,14/10/2026,Good\r\n"
                        + "SC502311,Home,Closed,14/10/2026,Good\r\n"
                        + "SC502312,Home,Active,31/02/2026,Good\r\n"
                        + "SC470982,Home,Active,02/12/2026,Good\r\n"
                        + "SC611045,Home,Active,,Inadequate\r\n"
                        + "SC611046,Home,Active,01/10/2026,\r\n"
                        + "SC044512,Home,Active,01/10/2026,Brilliant\r\n"
                        + "sc481120,Fostering,Active,14/10/2026,Good\r\n"));
        Map<String, String> errors = e.fieldErrors();
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10"),
                List.copyOf(errors.keySet()), errors.toString());
        assertTrue(errors.get("line 3").contains("'SC12' is not an Ofsted URN"));
        assertTrue(errors.get("line 4").contains("'Closed' is not one of Active, Suspended"));
        assertTrue(errors.get("line 5").contains("'31/02/2026' is not a date"));
        assertTrue(errors.get("line 6").contains("is in the future"));
        assertTrue(errors.get("line 7").contains("needs the date"));
        assertTrue(errors.get("line 8").contains("needs the judgement"));
        assertTrue(errors.get("line 9").contains("'Brilliant' is not one of"));
        assertEquals("URN SC481120 is also on line 2.", errors.get("line 10"));
    }

    @Test
    void aFileWithoutOfstedsColumnsOrLinesIsRefused() {
        InvalidInputException header = assertThrows(InvalidInputException.class,
                () -> OfstedCsv.parse(new StringReader("URN,Judgement\r\nSC481120,Good\r\n"), TODAY));
        assertTrue(header.fieldErrors().get("line 1").contains("Missing: Registration status, Latest full inspection date"));
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> parse(""));
        assertTrue(empty.fieldErrors().containsKey("file"));
    }

    @Test
    void theShippedSampleIsInOfstedsLayoutAndNamesTheDemoSettings() {
        List<OfstedRecord> sample = OfstedCsv.parse(new StringReader(OfstedDataService.sample()), TODAY);
        assertEquals(16, sample.size());
        assertTrue(sample.stream().anyMatch(r -> r.urn().equals("SC481121") && r.judgement() == OfstedJudgement.GOOD));
        assertTrue(sample.stream().anyMatch(r -> r.urn().equals("SC611045") && r.registration() == RegistrationStatus.SUSPENDED));
    }
}
