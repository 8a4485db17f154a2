package org.commissioning.marketplace.placement.application;

import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.shared.domain.CallOffRoute;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NeedTag;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What callers of the call-off capability read: matches, referrals, offers and placements. */
public final class CallOffViews {
    private CallOffViews() {
    }

    /** A referral as a council writes it (the API body and the page form). */
    public record ReferralCommand(String childReference, Integer ageYears, ServiceCategory category, NeedLevel needLevel,
                                  Set<NeedTag> needTags, String needsSummary, String postcodeDistrict, Integer maxDistanceKm,
                                  LocalDate requiredStart, Integer durationWeeks,
                                  org.commissioning.marketplace.placement.domain.Urgency urgency, BigDecimal socialCarePct,
                                  BigDecimal educationPct, BigDecimal healthPct, Long agreementId, Instant respondBy) {
    }

    /** One of a provider's settings that matching looked at. */
    public record SettingFit(long settingId, String settingName, String ofstedUrn, String judgement, int vacancies, BigDecimal distanceKm) {
    }

    /** A provider that fits, with the settings that fit. */
    public record ProviderFit(long providerId, String providerName, int rank, BigDecimal agreementFee, BigDecimal qualityScore,
                              BigDecimal nearestKm, List<SettingFit> settings) {
    }

    /** A provider's setting that does not fit, and why. */
    /** A setting that does not fit, with the reason and its distance from the child's home district (none when unknown). */
    public record ExcludedSetting(long providerId, String providerName, long settingId, String settingName, String reason,
                                  BigDecimal distanceKm) {
    }

    /** A live agreement a council may call off from, with the categories its lots cover (for choosing one). */
    public record AgreementChoice(long agreementId, String reference, String title, String categories) implements java.io.Serializable {
        public String label() {
            return reference + " " + title + " (" + categories + ")";
        }
    }

    /**
     * The result of matching: the agreement and lot, who fits (in the order they would be invited)
     * and who does not: how many settings in all, by reason, and the best placed of them on the lot
     * ({@link #EXCLUDED_LISTED} at most), each with its reason.
     */
    public record MatchView(long agreementId, long tenderId, String agreementTitle, int lot, CallOffRoute route,
                            List<ProviderFit> fits, int excludedCount, java.util.Map<String, Long> excludedByReason,
                            List<ExcludedSetting> excluded) {
        public static final int EXCLUDED_LISTED = 50;
    }

    /** A provider's part in a referral, with its offer if it made one. */
    public record InvitationView(long id, int position, long providerId, String providerName, int rank, BigDecimal agreementFee,
                                 BigDecimal qualityScore, BigDecimal nearestKm, String status, String statusLabel, Instant invitedAt,
                                 Instant respondBy, Instant answeredAt, String declineReason, BigDecimal offerFee, LocalDate offerStart,
                                 Long offerSettingId, String offerSettingName, String offerSettingUrn, String offerSettingJudgement,
                                 String offerNotes, boolean overPrice, String priceJustification, Instant offerExpiresAt,
                                 List<SettingFit> fittingSettings) {
    }

    /** A referral as the council, the hub or an invited provider sees it (a provider sees only its own invitation). */
    public record ReferralView(long id, String childReference, int ageYears, ServiceCategory category, String categoryLabel,
                               NeedLevel needLevel, List<String> needs, String needsSummary, String postcodeDistrict, int maxDistanceKm,
                               LocalDate requiredStart, int durationWeeks, String urgency, BigDecimal socialCarePct,
                               BigDecimal educationPct, BigDecimal healthPct, CallOffRoute route, String routeLabel, Instant respondBy,
                               String status, String statusLabel, String statusReason, long councilId, String councilName,
                               long agreementId, String agreementTitle, int lot, Instant createdAt, String createdBy, Instant closedAt,
                               List<InvitationView> invitations, Long placementId) {
        public String needsText() {
            return needs.isEmpty() ? "None ticked" : String.join(", ", needs);
        }
    }

    /** A line in a list of referrals. */
    public record ReferralSummary(long id, String childReference, String categoryLabel, NeedLevel needLevel, String councilName,
                                  String status, String statusLabel, String yourStatus, Instant createdAt, Instant respondBy,
                                  LocalDate requiredStart) {
    }

    /** A variation in a placement's history. */
    public record VariationView(String kind, LocalDate effectiveDate, BigDecimal weeklyFee, LocalDate plannedEnd, String reason,
                                String recordedBy, Instant recordedAt) {
    }

    /** An individual placement agreement. */
    /**
     * A placement agreement. A placement bought outside the frameworks has no referral, agreement,
     * lot or agreement price (null), and says why it was bought off framework.
     */
    public record PlacementView(long id, Long referralId, String childReference, long councilId, String councilName, long providerId,
                                String providerName, long settingId, String settingName, String settingUrn, Long agreementId,
                                String agreementTitle, Integer lot, boolean offFramework, String offFrameworkReason, ServiceCategory category, String categoryLabel, NeedLevel needLevel,
                                BigDecimal weeklyFee, BigDecimal agreementFee, LocalDate startDate, LocalDate plannedEnd,
                                BigDecimal socialCarePct, BigDecimal educationPct, BigDecimal healthPct, Map<String, BigDecimal> weeklyShares,
                                String status, String statusLabel, LocalDate endedOn, String ending, String endReason, Instant agreedAt,
                                String agreedBy, List<VariationView> variations, List<Placement.CostPeriod> costs, BigDecimal costToDate) {
    }

    /** A line in a list of placements. */
    public record PlacementSummary(long id, String childReference, String councilName, String providerName, String settingName,
                                   String categoryLabel, NeedLevel needLevel, BigDecimal weeklyFee, LocalDate startDate,
                                   LocalDate plannedEnd, String status, String statusLabel) {
    }
}
