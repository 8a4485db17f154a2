package org.commissioning.marketplace.register.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.commissioning.marketplace.register.application.AgreementRegister.LotEntry;
import org.commissioning.marketplace.register.application.AgreementRegister.TenderEntry;
import org.commissioning.marketplace.register.application.RegisterService.PlacementEntry;
import org.commissioning.marketplace.shared.application.Workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A filtered view of the register as CSV or as an Excel workbook (streamed, so large views fit in
 * memory): placements one per row, tenders and agreements one row per lot. Amounts are in pounds
 * (currency-formatted in the workbook), dates are dates.
 */
public final class RegisterExport {

    static final List<String> PLACEMENT_COLUMNS = List.of("Placement", "Child reference", "Council", "Provider", "Setting", "Agreement",
            "Lot", "Category", "Need level", "Weekly fee (GBP)", "Agreement price (GBP)", "Start", "Planned end", "Ended", "Status");

    static final List<String> AGREEMENT_COLUMNS = List.of("Tender", "Title", "Procedure", "Status", "Term start", "Term end",
            "Agreement", "Placements called off", "Lot", "Lot title", "Category", "Estimated value (GBP)", "Appointed providers in rank order");

    /** A table to export: its sheet name, column headings and rows of cell values. */
    public record Table(String sheet, List<String> columns, List<List<Object>> rows) {
    }

    private RegisterExport() {
    }

    public static Table placements(List<PlacementEntry> entries) {
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (PlacementEntry e : entries) {
            rows.add(Arrays.asList(e.id(), e.childReference(), e.councilName(), e.providerName(), e.settingName(), e.agreement(), e.lot(),
                    e.categoryLabel(), e.needLevel().label(), e.weeklyFee(), e.agreementFee(), e.startDate(), e.plannedEnd(), e.endedOn(),
                    e.status()));
        }
        return new Table("Placements", PLACEMENT_COLUMNS, rows);
    }

    public static Table agreements(List<TenderEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (TenderEntry t : entries) {
            List<LotEntry> lots = t.lots().isEmpty() ? List.of(new LotEntry(0, "", null, "", null, List.of())) : t.lots();
            for (LotEntry l : lots) {
                rows.add(Arrays.asList(t.reference(), t.title(), t.procedureLabel(), t.statusLabel(), t.termStart(), t.termEnd(),
                        t.agreementStatus(), t.placements(), l.number() == 0 ? null : l.number(), l.title(), l.categoryLabel(),
                        l.estimatedValue(), l.number() == 0 ? "" : l.appointedText()));
            }
        }
        return new Table("Tenders and agreements", AGREEMENT_COLUMNS, rows);
    }

    public static String csv(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString()
                        : v instanceof String text ? Workbooks.inert(text) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(Table table) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.sheet());
            Workbooks.Styles styles = Workbooks.styles(book);
            CellStyle pounds = styles.pounds();
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
            Workbooks.header(sheet, table.columns(), styles);
            int n = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(n++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                        cell.setCellStyle(pounds);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(Workbooks.inert(v.toString()));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }
}
