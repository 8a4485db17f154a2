package org.commissioning.marketplace.placement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One provider a referral went to, or is queued for, with its answer: a decline with a reason from
 * the list, or an offer (weekly fee, start date, the setting, notes). An offer above the agreement's
 * price for the need level must be justified and is flagged. Part of the referral aggregate.
 */
@Entity
@Table(name = "referral_invitation")
public class Invitation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Column(name = "provider_id")
    private long providerId;
    @Column(name = "rank_in_lot")
    private int rank;
    @Column(name = "agreement_fee")
    private BigDecimal agreementFee;
    @Column(name = "quality_score")
    private BigDecimal qualityScore;
    @Column(name = "nearest_km")
    private BigDecimal nearestKm;
    @Column(name = "setting_ids")
    private String settingIds;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "respond_by")
    private Instant respondBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    private DeclineReason declineReason;
    @Column(name = "offer_fee")
    private BigDecimal offerFee;
    @Column(name = "offer_start")
    private LocalDate offerStart;
    @Column(name = "offer_setting_id")
    private Long offerSettingId;
    @Column(name = "offer_notes")
    private String offerNotes;
    @Column(name = "over_price")
    private boolean overPrice;
    @Column(name = "price_justification")
    private String priceJustification;
    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    protected Invitation() {
    }

    Invitation(int position, Referral.Invitee invitee) {
        this.position = position;
        this.providerId = invitee.providerId();
        this.rank = invitee.rank();
        this.agreementFee = invitee.agreementFee();
        this.qualityScore = invitee.qualityScore();
        this.nearestKm = invitee.nearestKm();
        this.settingIds = String.join(",", invitee.settingIds().stream().map(String::valueOf).toList());
        this.status = InvitationStatus.QUEUED;
    }

    void invite(Instant now, Instant until) {
        status = status.moveTo(InvitationStatus.INVITED);
        invitedAt = now;
        respondBy = until;
    }

    void offer(Referral.Offer offer, String by, Instant now, Instant expires) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (offer.weeklyFee() == null || offer.weeklyFee().signum() <= 0 || offer.weeklyFee().scale() > 2
                || offer.weeklyFee().compareTo(new BigDecimal("100000")) >= 0) {
            errors.put("weeklyFee", "Enter the weekly fee in pounds and pence, like 950.00.");
        }
        if (offer.startDate() == null) {
            errors.put("startDate", "Enter the date the placement can start.");
        }
        if (offer.settingId() == null || !settingIds().contains(offer.settingId())) {
            errors.put("settingId", "Choose one of your settings that fits this referral.");
        }
        boolean above = errors.isEmpty() && offer.weeklyFee().compareTo(agreementFee) > 0;
        String justification = offer.priceJustification() == null ? "" : offer.priceJustification().strip();
        if (above && justification.length() < 10) {
            errors.put("priceJustification", "Your fee is above the agreement's £" + agreementFee.toPlainString()
                    + " a week for this need level: say why (at least 10 characters).");
        }
        if (offer.notes() != null && offer.notes().length() > 4000) {
            errors.put("notes", "Keep the notes to 4,000 characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        status = status.moveTo(InvitationStatus.OFFERED);
        offerFee = offer.weeklyFee();
        offerStart = offer.startDate();
        offerSettingId = offer.settingId();
        offerNotes = offer.notes() == null ? null : offer.notes().strip();
        overPrice = above;
        priceJustification = above ? justification : null;
        answeredAt = now;
        answeredBy = by;
        offerExpiresAt = expires;
    }

    void decline(DeclineReason reason, String by, Instant now) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "Choose why you are declining.");
        }
        status = status.moveTo(InvitationStatus.DECLINED);
        declineReason = reason;
        answeredAt = now;
        answeredBy = by;
    }

    void moveTo(InvitationStatus target) {
        status = status.moveTo(target);
    }

    /** Offers may be extended while a competition is still open, so they stay open after it closes. */
    void expiresNoEarlierThan(Instant at) {
        if (offerExpiresAt != null && offerExpiresAt.isBefore(at)) {
            offerExpiresAt = at;
        }
    }

    public boolean seenByProvider() {
        return invitedAt != null;
    }

    public List<Long> settingIds() {
        return settingIds == null || settingIds.isBlank() ? List.of() : Arrays.stream(settingIds.split(",")).map(Long::valueOf).toList();
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public long providerId() {
        return providerId;
    }

    public int rank() {
        return rank;
    }

    public BigDecimal agreementFee() {
        return agreementFee;
    }

    public BigDecimal qualityScore() {
        return qualityScore;
    }

    public BigDecimal nearestKm() {
        return nearestKm;
    }

    public InvitationStatus status() {
        return status;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public DeclineReason declineReason() {
        return declineReason;
    }

    public BigDecimal offerFee() {
        return offerFee;
    }

    public LocalDate offerStart() {
        return offerStart;
    }

    public Long offerSettingId() {
        return offerSettingId;
    }

    public String offerNotes() {
        return offerNotes;
    }

    public boolean overPrice() {
        return overPrice;
    }

    public String priceJustification() {
        return priceJustification;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }
}
