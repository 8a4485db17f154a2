package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.CallOffViews.InvitationView;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Confirmation;
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
    private Confirmation confirmation;

    @Inject
    org.commissioning.marketplace.shared.web.MoneyFormat money;

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

    /** Asks the council to confirm which offer it accepts, and what that makes. */
    public void accept(long invitationId) {
        InvitationView offer = referral.invitations().stream().filter(i -> i.id() == invitationId).findFirst().orElse(null);
        if (offer == null || offer.offerFee() == null) {
            Forms.report(new DomainException("That provider has made no offer to accept."), "offers");
            return;
        }
        int others = (int) referral.invitations().stream().filter(i -> i.id() != invitationId && i.offerFee() != null).count();
        confirmation = new Confirmation("accept " + invitationId, "Accept " + offer.providerName() + "'s offer for "
                + referral.childReference() + "?", List.of(
                "An individual placement agreement is made with " + offer.providerName() + " at " + money.pounds(offer.offerFee())
                        + " a week" + (offer.offerStart() == null ? "" : ", starting " + org.commissioning.marketplace.shared.domain.UkTime
                        .date(offer.offerStart())) + (offer.offerSettingName() == null ? "" : ", at " + offer.offerSettingName()) + ".",
                others == 0 ? "No other provider has an offer waiting." : "The other " + (others == 1 ? "provider" : others + " providers")
                        + " with an offer are told it is not taken.",
                "The placement goes into the register and its spend into the council's figures."), "Yes, accept this offer");
    }

    public void confirm() {
        String action = confirmation == null ? "" : confirmation.action();
        confirmation = null;
        if (action.startsWith("accept ")) {
            acceptConfirmed(Long.parseLong(action.substring("accept ".length())));
        } else {
            Forms.redirect(here());
        }
    }

    public void dismiss() {
        confirmation = null;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    private void acceptConfirmed(long invitationId) {
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
