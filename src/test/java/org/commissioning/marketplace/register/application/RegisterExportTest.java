package org.commissioning.marketplace.register.application;

import org.commissioning.marketplace.shared.application.TableExport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commissioning.marketplace.shared.application.Workbooks;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports never carry a formula a spreadsheet would run (CSV injection), and numbers stay numbers. */
class RegisterExportTest {

    @Test
    void textThatASpreadsheetWouldRunIsMadeInert() {
        for (String risky : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
            assertEquals("'" + risky, Workbooks.inert(risky));
        }
        for (String plain : List.of("Brightwater Fostering Ltd", "BOL-2026-102", "", "O'Neill")) {
            assertEquals(plain, Workbooks.inert(plain));
        }
    }

    @Test
    void csvAndExcelCellsAreInertButNumbersAreKept() throws Exception {
        TableExport.Table table = new TableExport.Table("Placements", List.of("Provider", "Weekly fee"),
                List.of(Arrays.asList("=cmd|' /C calc'!A0", new BigDecimal("-12.50"))));
        String csv = TableExport.csv(table);
        assertTrue(csv.contains("'=cmd|' /C calc'!A0"), csv);
        assertTrue(csv.contains(",-12.50"), "a negative amount is a number, not text: " + csv);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(table)))) {
            assertEquals("'=cmd|' /C calc'!A0", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals(-12.5, book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue());
        }
    }
}
