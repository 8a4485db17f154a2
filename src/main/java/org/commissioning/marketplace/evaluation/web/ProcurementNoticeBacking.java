package org.commissioning.marketplace.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.evaluation.application.NoticeService;
import org.commissioning.marketplace.evaluation.application.NoticeService.NoticeLine;
import org.commissioning.marketplace.evaluation.application.NoticeService.ReadableNotice;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices;
import org.commissioning.marketplace.shared.domain.DomainException;

import java.util.List;

/**
 * procurement-notice.xhtml: a published Procurement Act notice in plain words, for anyone; and the
 * notices section of the hub's tender page (what is due, published and overdue).
 */
@Named
@RequestScoped
public class ProcurementNoticeBacking {

    @Inject
    NoticeService notices;

    private Long tenderId;
    private String code;
    private ReadableNotice notice;

    public void load() {
        if (tenderId == null || code == null) {
            return;
        }
        try {
            notice = notices.readable(tenderId, ProcurementNotices.Code.valueOf(code.strip().toUpperCase()));
        } catch (IllegalArgumentException | DomainException e) {
            notice = null;
        }
    }

    private final java.util.Map<Long, List<NoticeLine>> schedules = new java.util.HashMap<>();

    /** The tender's notice schedule for the hub's tender page (read once a request); empty when the caller may not read it. */
    public List<NoticeLine> schedule(Long tender) {
        if (tender == null) {
            return List.of();
        }
        return schedules.computeIfAbsent(tender, id -> {
            try {
                return notices.schedule(id);
            } catch (DomainException e) {
                return List.of();
            }
        });
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ReadableNotice getNotice() {
        return notice;
    }
}
