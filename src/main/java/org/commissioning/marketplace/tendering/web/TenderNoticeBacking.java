package org.commissioning.marketplace.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderNoticeView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.io.Serializable;

/**
 * notice.xhtml: a published tender's tender notice as a readable, printable page for anyone, signed
 * in or not (the same notice is JSON at api/tenders/{id}/notice and OCDS at api/tenders/{id}/ocds).
 */
@Named
@ViewScoped
public class TenderNoticeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    private Long tenderId;
    private TenderView tender;
    private TenderNoticeView notice;

    public void load() {
        if (tenderId == null) {
            return;
        }
        try {
            tender = tenders.publicView(tenderId);
            notice = tenders.notice(tenderId);
        } catch (DomainException e) {
            Forms.report(e, "notice");
        }
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public TenderView getTender() {
        return tender;
    }

    public TenderNoticeView getNotice() {
        return notice;
    }
}
