package org.commissioning.marketplace.shared.application;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;

/** What every Excel download shares: a bold header row and a pounds format. */
public final class Workbooks {
    private Workbooks() {
    }

    /** The styles of a workbook's cells: bold for headings and totals, pounds and pence for money. */
    public record Styles(CellStyle bold, CellStyle pounds) {
    }

    public static Styles styles(Workbook book) {
        CellStyle pounds = book.createCellStyle();
        pounds.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
        CellStyle bold = book.createCellStyle();
        var font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return new Styles(bold, pounds);
    }

    /** The first row: the column headings in bold. */
    public static void header(Sheet sheet, List<String> columns, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(styles.bold());
        }
    }

    /**
     * Text for a spreadsheet cell that no spreadsheet runs as a formula: a value starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
     * apostrophe (OWASP's advice against CSV injection). Other text is unchanged.
     */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
