package org.commissioning.marketplace.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.audit.application.AuditEntryView;
import org.commissioning.marketplace.audit.application.AuditFilter;
import org.commissioning.marketplace.audit.application.AuditService;
import org.commissioning.marketplace.audit.application.ChainVerification;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;

import java.io.Serializable;

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
    private ChainVerification verification;
    private final PagedModel<AuditEntryView> model = new PagedModel<>(
            page -> audit.list(new AuditFilter(actor, action, recordType, recordId, null, null), page),
            AuditEntryView::id);

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
