package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.CallOffViews.InvitationView;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralView;
import org.commissioning.marketplace.placement.domain.DeclineReason;
import org.commissioning.marketplace.placement.domain.Referral;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** provider/referrals.xhtml: referrals sent to the provider (only those), and its offer or decline on one. */
@Named
@ViewScoped
public class ProviderReferralsBacking implements Serializable {

    @Inject
    CallOffService callOffs;

    private Long id;
    private int page;
    private Page<ReferralSummary> referrals;
    private ReferralView referral;
    private BigDecimal weeklyFee;
    private LocalDate startDate;
    private Long settingId;
    private String notes;
    private String priceJustification;
    private DeclineReason declineReason;

    public void load() {
        try {
            referrals = callOffs.list(page, 20, null);
            if (id != null) {
                referral = callOffs.get(id);
                if (weeklyFee == null && getMine() != null) {
                    weeklyFee = getMine().agreementFee();
                    startDate = referral.requiredStart();
                }
            }
        } catch (DomainException e) {
            Forms.report(e, "offer");
        }
    }

    private String here() {
        return "/provider/referrals.xhtml?id=" + id;
    }

    public void offer() {
        Forms.attempt(() -> callOffs.offer(id, new Referral.Offer(weeklyFee, startDate, settingId, notes, priceJustification)), "offer",
                "Your offer is sent to the council.", here());
    }

    public void decline() {
        Forms.attempt(() -> callOffs.decline(id, declineReason), "decline", "You have declined the referral; the council is told.", here());
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public boolean isLastPage() {
        return referrals == null || (long) (page + 1) * 20 >= referrals.total();
    }

    /** The provider's own invitation on the open referral. */
    public InvitationView getMine() {
        return referral == null || referral.invitations().isEmpty() ? null : referral.invitations().get(0);
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public int getPage() {
        return page;
    }

    public Page<ReferralSummary> getReferrals() {
        return referrals;
    }

    public ReferralView getReferral() {
        return referral;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getWeeklyFee() {
        return weeklyFee;
    }

    public void setWeeklyFee(BigDecimal weeklyFee) {
        this.weeklyFee = weeklyFee;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getPriceJustification() {
        return priceJustification;
    }

    public void setPriceJustification(String priceJustification) {
        this.priceJustification = priceJustification;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(DeclineReason declineReason) {
        this.declineReason = declineReason;
    }
}
