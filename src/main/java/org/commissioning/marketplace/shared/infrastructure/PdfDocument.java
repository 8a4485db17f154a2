package org.commissioning.marketplace.shared.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A plain A4 document for the marketplace's PDFs (receipts, reports, agreements): a title, a
 * caption, paragraphs and two-column or many-column tables, in Helvetica. Built in memory.
 */
public final class PdfDocument {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font CAPTION = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL, new java.awt.Color(80, 80, 80));
    private static final Font MONO = FontFactory.getFont(FontFactory.COURIER, 9);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);

    public PdfDocument(String title, String caption) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Regional Commissioning Marketplace");
        document.open();
        add(new Paragraph(caption, CAPTION));
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingAfter(12);
        add(heading);
    }

    public PdfDocument heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        return add(p);
    }

    public PdfDocument paragraph(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingAfter(6);
        return add(p);
    }

    /** Label and value rows; values that look like digests are set in a fixed-width font. */
    public PdfDocument facts(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[]{1.2f, 3f});
        table.setWidthPercentage(100);
        for (String[] row : rows) {
            table.addCell(cell(row[0], BOLD));
            table.addCell(cell(row[1], row[1] != null && row[1].matches("[0-9a-f]{64}") ? MONO : BODY));
        }
        return add(table);
    }

    /** A table with a header row. */
    public PdfDocument table(List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, BOLD)));
        rows.forEach(r -> r.forEach(v -> table.addCell(cell(v, BODY))));
        return add(table);
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(new Chunk(text == null ? "" : text, font)));
        cell.setPadding(5);
        return cell;
    }

    private PdfDocument add(com.lowagie.text.Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be built", e);
        }
        return this;
    }
}
