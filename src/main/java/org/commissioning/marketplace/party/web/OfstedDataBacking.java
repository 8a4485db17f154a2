package org.commissioning.marketplace.party.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.commissioning.marketplace.party.application.OfstedDataService;
import org.commissioning.marketplace.party.application.OfstedDataService.ImportResult;
import org.commissioning.marketplace.party.application.OfstedDataService.ImportSummary;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Ofsted data page (hub/ofsted.xhtml for hub commissioners, admin/ofsted.xhtml for
 * administrators): upload Ofsted's published CSV, see what it changed, and the earlier imports.
 */
@Named
@RequestScoped
public class OfstedDataBacking {

    @Inject
    OfstedDataService ofsted;

    private Part file;
    private ImportResult result;
    private List<ImportSummary> imports;

    @PostConstruct
    void init() {
        imports = ofsted.imports();
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Forms.report(InvalidInputException.of("file", "Choose Ofsted's CSV file to import."), "import");
            return;
        }
        if (file.getSize() > OfstedDataService.MAX_CHARS) {
            Forms.report(InvalidInputException.of("file", "The file is too large: at most 10 MB."), "import");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = ofsted.importCsv(file.getSubmittedFileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            imports = ofsted.imports();
        } catch (InvalidInputException e) {
            reportLines(e);
        } catch (DomainException e) {
            Forms.report(e, "import");
        } catch (IOException e) {
            Forms.report(InvalidInputException.of("file", "The file could not be read."), "import");
        }
    }

    /** A malformed file: every bad line at the top of the page, with its number. */
    private static void reportLines(InvalidInputException e) {
        if (e.fieldErrors().keySet().stream().noneMatch(k -> k.startsWith("line "))) {
            Forms.report(e, "import");
            return;
        }
        Forms.reportLines(e, "import:file", "The file was not imported: fix these lines and import it again. Nothing has changed.");
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportResult getResult() {
        return result;
    }

    public List<ImportSummary> getImports() {
        return imports;
    }
}
