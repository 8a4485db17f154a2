package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.CallOffViews.InvitationView;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.List;

/** council/referral.xhtml: one referral, its providers' answers side by side, the choice, and withdrawal. */
@Named
@ViewScoped
public class CouncilReferralBacking implements Serializable {

    @Inject
    CallOffService callOffs;

    private Long id;
    private ReferralView referral;
    private String withdrawReason;

    public void load() {
        if (id == null) {
            Forms.redirect("/council/referrals.xhtml");
            return;
        }
        try {
            referral = callOffs.get(id);
        } catch (DomainException e) {
            Forms.report(e, "offers");
        }
    }

    private String here() {
        return "/council/referral.xhtml?id=" + id;
    }

    public void accept(long invitationId) {
        try {
            var placement = callOffs.accept(id, invitationId);
            Forms.notice("The offer is accepted: the individual placement agreement is made and the other providers are told.");
            Forms.redirect("/council/placement.xhtml?id=" + placement.id());
        } catch (DomainException e) {
            Forms.report(e, "offers");
        }
    }

    public void turnDown(long invitationId) {
        Forms.attempt(() -> callOffs.turnDown(id, invitationId), "offers", "The offer is turned down and the provider told.", here());
    }

    public void withdraw() {
        Forms.attempt(() -> callOffs.withdraw(id, withdrawReason), "withdraw", "The referral is withdrawn; the providers involved are told.",
                here());
    }

    /** Offers first, cheapest first; then everyone else in invitation order. */
    public List<InvitationView> getOffers() {
        return referral == null ? List.of() : referral.invitations().stream().filter(i -> i.offerFee() != null)
                .sorted(java.util.Comparator.comparing(InvitationView::offerFee)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReferralView getReferral() {
        return referral;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
