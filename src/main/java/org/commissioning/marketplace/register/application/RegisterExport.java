package org.commissioning.marketplace.register.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.commissioning.marketplace.register.application.RegisterService.PlacementEntry;
import org.commissioning.marketplace.shared.application.Workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** A filtered view of the register as CSV or as an Excel workbook (streamed, so large views fit in memory). */
public final class RegisterExport {

    static final List<String> COLUMNS = List.of("Placement", "Child reference", "Council", "Provider", "Setting", "Agreement", "Lot",
            "Category", "Need level", "Weekly fee (GBP)", "Agreement price (GBP)", "Start", "Planned end", "Ended", "Status");

    private RegisterExport() {
    }

    public static String csv(List<PlacementEntry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (PlacementEntry e : entries) {
                printer.printRecord(e.id(), e.childReference(), e.councilName(), e.providerName(), e.settingName(), e.agreement(), e.lot(),
                        e.categoryLabel(), e.needLevel().label(), e.weeklyFee().toPlainString(), e.agreementFee().toPlainString(),
                        e.startDate(), e.plannedEnd(), e.endedOn() == null ? "" : e.endedOn(), e.status());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(List<PlacementEntry> entries) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Placements");
            Workbooks.Styles styles = Workbooks.styles(book);
            CellStyle pounds = styles.pounds();
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
            Workbooks.header(sheet, COLUMNS, styles);
            int n = 1;
            for (PlacementEntry e : entries) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(e.id());
                row.createCell(1).setCellValue(e.childReference());
                row.createCell(2).setCellValue(e.councilName());
                row.createCell(3).setCellValue(e.providerName());
                row.createCell(4).setCellValue(e.settingName());
                row.createCell(5).setCellValue(e.agreement());
                row.createCell(6).setCellValue(e.lot());
                row.createCell(7).setCellValue(e.categoryLabel());
                row.createCell(8).setCellValue(e.needLevel().label());
                row.createCell(9).setCellValue(e.weeklyFee().doubleValue());
                row.getCell(9).setCellStyle(pounds);
                row.createCell(10).setCellValue(e.agreementFee().doubleValue());
                row.getCell(10).setCellStyle(pounds);
                dateCell(row, 11, e.startDate(), date);
                dateCell(row, 12, e.plannedEnd(), date);
                dateCell(row, 13, e.endedOn(), date);
                row.createCell(14).setCellValue(e.status());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
