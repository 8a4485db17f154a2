package org.commissioning.marketplace.need.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commissioning.marketplace.need.application.NeedsViews.DemandProfile;
import org.commissioning.marketplace.shared.application.Workbooks;
import org.commissioning.marketplace.need.application.NeedsViews.ProfileRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The pooled demand profile as a CSV or an Excel workbook, with the same columns as the page. */
public final class ProfileExport {

    static final List<String> COLUMNS = List.of("Category", "Sub-region", "Need level", "Councils", "Placements",
            "Placement weeks", "Estimated annual value (GBP)", "Average weekly fee (GBP)");

    private ProfileExport() {
    }

    public static String csv(DemandProfile profile) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (ProfileRow r : profile.rows()) {
                printer.printRecord(r.category().label(), Workbooks.inert(r.subRegion()), r.needLevel().label(), r.councils(),
                        r.placements(), r.placementWeeks(), r.estimatedAnnualValue().toPlainString(),
                        r.averageWeeklyFee().toPlainString());
            }
            printer.printRecord("Total", "", "", profile.councilsSubmitted(), profile.totalPlacements(), "",
                    profile.totalEstimatedAnnualValue().toPlainString(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(DemandProfile profile) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Demand " + profile.planningYearLabel());
            Workbooks.Styles styles = Workbooks.styles(book);
            CellStyle pounds = styles.pounds();
            CellStyle bold = styles.bold();
            Workbooks.header(sheet, COLUMNS, styles);
            int n = 1;
            for (ProfileRow r : profile.rows()) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.category().label());
                row.createCell(1).setCellValue(Workbooks.inert(r.subRegion()));
                row.createCell(2).setCellValue(r.needLevel().label());
                row.createCell(3).setCellValue(r.councils());
                row.createCell(4).setCellValue(r.placements());
                row.createCell(5).setCellValue(r.placementWeeks());
                row.createCell(6).setCellValue(r.estimatedAnnualValue().doubleValue());
                row.getCell(6).setCellStyle(pounds);
                row.createCell(7).setCellValue(r.averageWeeklyFee().doubleValue());
                row.getCell(7).setCellStyle(pounds);
            }
            Row total = sheet.createRow(n);
            total.createCell(0).setCellValue("Total");
            total.getCell(0).setCellStyle(bold);
            total.createCell(3).setCellValue(profile.councilsSubmitted());
            total.createCell(4).setCellValue(profile.totalPlacements());
            total.createCell(6).setCellValue(profile.totalEstimatedAnnualValue().doubleValue());
            total.getCell(6).setCellStyle(pounds);
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
