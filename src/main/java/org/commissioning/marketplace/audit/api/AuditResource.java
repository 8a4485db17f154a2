package org.commissioning.marketplace.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.audit.application.AuditEntryView;
import org.commissioning.marketplace.audit.application.AuditFilter;
import org.commissioning.marketplace.audit.application.AuditService;
import org.commissioning.marketplace.audit.application.ChainVerification;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The audit trail, for auditors. */
@Path("audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The hash-chained audit trail")
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Audit entries, newest first, filtered (auditors)")
    public Page<AuditEntryView> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                     @QueryParam("recordType") String recordType,
                                     @QueryParam("recordId") String recordId,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return audit.list(new AuditFilter(actor, action, recordType, recordId, instant("from", from), instant("to", to)),
                new PageRequest(page, size));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The entries the filters select as CSV, newest first, at most 100,000 (auditors)")
    public jakarta.ws.rs.core.Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                             @QueryParam("recordType") String recordType,
                                             @QueryParam("recordId") String recordId,
                                             @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = new AuditFilter(actor, action, recordType, recordId, instant("from", from), instant("to", to));
        java.io.StringWriter csv = new java.io.StringWriter();
        try {
            audit.exportCsv(filter, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jakarta.ws.rs.core.Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    @GET
    @Path("verification")
    @Operation(summary = "Seal pending entries and verify the whole chain (auditors)")
    public ChainVerification verify() {
        return audit.verify();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Enter the time as an ISO-8601 instant, like 2026-03-06T17:00:00Z.");
        }
    }
}
