package org.commissioning.marketplace.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.audit.application.AuditEntryView;
import org.commissioning.marketplace.audit.application.AuditFilter;
import org.commissioning.marketplace.audit.application.AuditService;
import org.commissioning.marketplace.audit.application.ChainVerification;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;

import java.io.Serializable;
import java.util.List;

/** audit/home.xhtml: the audit trail, filtered and paged, and verifying its chain. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private String actor;
    private String action;
    private String recordType;
    private String recordId;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private ChainVerification verification;
    private List<String> actions;
    private final PagedModel<AuditEntryView> model = new PagedModel<>(page -> audit.list(filter(), page), AuditEntryView::id);

    /** From the start of the first day to the end of the last, in UK time. */
    private AuditFilter filter() {
        return new AuditFilter(actor, action, recordType, recordId,
                from == null ? null : from.atStartOfDay(UkTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
    }

    /** The actions recorded, each with a readable name, for the action filter. */
    public List<String> getActions() {
        if (actions == null) {
            actions = audit.actions();
        }
        return actions;
    }

    /** "tender.lot-revised" reads "Tender: lot revised". */
    public String actionLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        int dot = code.indexOf('.');
        String subject = (dot < 0 ? code : code.substring(0, dot)).replace('-', ' ');
        String verb = dot < 0 ? "" : code.substring(dot + 1).replace('-', ' ').replace('.', ' ');
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + (verb.isEmpty() ? "" : ": " + verb);
    }

    /** The same filters as a download of every matching entry (CSV): "?action=...", or nothing. */
    public String getExportQuery() {
        AuditFilter f = filter();
        java.util.Map<String, Object> q = new java.util.LinkedHashMap<>();
        q.put("actor", f.actor());
        q.put("action", f.action());
        q.put("recordType", f.recordType());
        q.put("recordId", f.recordId());
        q.put("from", f.from());
        q.put("to", f.to());
        String query = org.commissioning.marketplace.shared.web.QueryStrings.of(q);
        return query.isEmpty() ? "" : "?" + query;
    }

    public java.time.LocalDate getFrom() {
        return from;
    }

    public void setFrom(java.time.LocalDate from) {
        this.from = from;
    }

    public java.time.LocalDate getTo() {
        return to;
    }

    public void setTo(java.time.LocalDate to) {
        this.to = to;
    }

    public void verify() {
        try {
            verification = audit.verify();
        } catch (DomainException e) {
            Forms.report(e, "verify");
        }
    }

    public PagedModel<AuditEntryView> getModel() {
        return model;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }
}
