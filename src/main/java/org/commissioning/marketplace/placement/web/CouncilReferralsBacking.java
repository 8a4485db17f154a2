package org.commissioning.marketplace.placement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.CallOffViews.AgreementChoice;
import org.commissioning.marketplace.placement.application.CallOffViews.MatchView;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralCommand;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralView;
import org.commissioning.marketplace.placement.domain.Urgency;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NeedTag;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.web.Confirmation;
import org.commissioning.marketplace.shared.web.Distances;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/** council/referrals.xhtml: the council's referrals, and a new referral checked against the agreement before it is sent. */
@Named
@ViewScoped
public class CouncilReferralsBacking implements Serializable {

    @Inject
    CallOffService callOffs;

    private int page;
    private Page<ReferralSummary> referrals;
    private MatchView match;
    private Confirmation confirmation;
    /** The results have just arrived: the page takes the reader to them. */
    private boolean justChecked;

    public boolean isJustChecked() {
        return justChecked;
    }

    private String childReference;
    private Integer ageYears;
    private ServiceCategory category;
    private NeedLevel needLevel;
    private NeedTag[] needTags = new NeedTag[0];
    private String needsSummary;
    private String postcodeDistrict;
    /** People here think in miles; the service takes kilometres. */
    private Integer maxDistanceMiles = 20;
    private LocalDate requiredStart;
    private Integer durationWeeks;
    private Urgency urgency = Urgency.PLANNED;
    private BigDecimal socialCarePct = BigDecimal.valueOf(100);
    private BigDecimal educationPct = BigDecimal.ZERO;
    private BigDecimal healthPct = BigDecimal.ZERO;
    private Long agreementId;
    private List<AgreementChoice> agreements;
    private LocalDate respondByDate;
    private LocalTime respondByTime;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        try {
            referrals = callOffs.list(page, 20, null);
            if (agreements == null) {
                agreements = callOffs.liveAgreements();
            }
        } catch (DomainException e) {
            Forms.report(e, "referral");
        }
    }

    private ReferralCommand command() {
        return new ReferralCommand(childReference, ageYears, category, needLevel,
                needTags.length == 0 ? EnumSet.noneOf(NeedTag.class) : EnumSet.copyOf(java.util.Arrays.asList(needTags)), needsSummary, postcodeDistrict,
                maxDistanceMiles == null ? null : (int) Math.round(maxDistanceMiles * Distances.KM_PER_MILE),
                requiredStart, durationWeeks, urgency, socialCarePct, educationPct, healthPct, agreementId,
                respondByDate == null ? null : respondByDate.atTime(respondByTime == null ? LocalTime.of(17, 0) : respondByTime)
                        .atZone(UkTime.ZONE).toInstant());
    }

    /** Shows who would get the referral and why the others would not; sends nothing. */
    public void check() {
        try {
            match = callOffs.match(command());
            justChecked = true;
        } catch (DomainException e) {
            match = null;
            Forms.report(e, "referral");
        }
    }

    /** Checks who fits and asks the council to confirm where the referral goes. */
    public void send() {
        try {
            match = callOffs.match(command());
            if (match.fits().isEmpty()) {
                Forms.report(new DomainException("No provider on the agreement fits, so there is nobody to send the referral to: "
                        + "see why each one is excluded below."), "referral");
                return;
            }
            List<String> names = match.fits().stream().map(f -> f.providerName()).toList();
            List<String> points = new java.util.ArrayList<>();
            if (match.route() == org.commissioning.marketplace.shared.domain.CallOffRoute.DIRECT_AWARD) {
                points.add(names.get(0) + " is asked first, with a window of its own to offer; if it does not, the next in rank order"
                        + (names.size() > 1 ? " (" + String.join(", ", names.subList(1, names.size())) + ")" : "") + ".");
            } else {
                points.add("All " + names.size() + (names.size() == 1 ? " provider that fits is" : " providers that fit are")
                        + " invited at once to offer: " + String.join(", ", names) + ".");
            }
            points.add("They see the child's age, needs, needs summary and home postcode district, never the child's name.");
            points.add("You choose between the offers that come back; nothing is agreed until you accept one.");
            confirmation = new Confirmation("send", "Send referral " + childReference + " by " + match.route().label().toLowerCase() + "?",
                    points, "Yes, send the referral");
        } catch (DomainException e) {
            match = null;
            Forms.report(e, "referral");
        }
    }

    public void confirm() {
        String action = confirmation == null ? "" : confirmation.action();
        confirmation = null;
        if (action.equals("send")) {
            sendConfirmed();
        }
    }

    public void dismiss() {
        confirmation = null;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    private void sendConfirmed() {
        try {
            ReferralView sent = callOffs.raise(command());
            Forms.notice("Referral " + sent.childReference() + " is sent by " + sent.routeLabel().toLowerCase() + ".");
            Forms.redirect("/council/referral.xhtml?id=" + sent.id());
        } catch (DomainException e) {
            Forms.report(e, "referral");
            try {
                match = callOffs.match(command());
            } catch (DomainException ignored) {
                match = null;
            }
        }
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public Page<ReferralSummary> getReferrals() {
        return referrals;
    }

    public MatchView getMatch() {
        return match;
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public NeedLevel[] getNeedLevels() {
        return NeedLevel.values();
    }

    public NeedTag[] getAllNeedTags() {
        return NeedTag.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public boolean isLastPage() {
        return referrals == null || (long) (page + 1) * referrals.size() >= referrals.total();
    }

    public int getPage() {
        return page;
    }

    public String getChildReference() {
        return childReference;
    }

    public void setChildReference(String childReference) {
        this.childReference = childReference;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public void setAgeYears(Integer ageYears) {
        this.ageYears = ageYears;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public void setNeedLevel(NeedLevel needLevel) {
        this.needLevel = needLevel;
    }

    public NeedTag[] getNeedTags() {
        return needTags;
    }

    public void setNeedTags(NeedTag[] needTags) {
        this.needTags = needTags == null ? new NeedTag[0] : needTags;
    }

    public String getNeedsSummary() {
        return needsSummary;
    }

    public void setNeedsSummary(String needsSummary) {
        this.needsSummary = needsSummary;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public void setPostcodeDistrict(String postcodeDistrict) {
        this.postcodeDistrict = postcodeDistrict;
    }

    public Integer getMaxDistanceMiles() {
        return maxDistanceMiles;
    }

    public void setMaxDistanceMiles(Integer maxDistanceMiles) {
        this.maxDistanceMiles = maxDistanceMiles;
    }

    public LocalDate getRequiredStart() {
        return requiredStart;
    }

    public void setRequiredStart(LocalDate requiredStart) {
        this.requiredStart = requiredStart;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public void setDurationWeeks(Integer durationWeeks) {
        this.durationWeeks = durationWeeks;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public BigDecimal getSocialCarePct() {
        return socialCarePct;
    }

    public void setSocialCarePct(BigDecimal socialCarePct) {
        this.socialCarePct = socialCarePct;
    }

    public BigDecimal getEducationPct() {
        return educationPct;
    }

    public void setEducationPct(BigDecimal educationPct) {
        this.educationPct = educationPct;
    }

    public BigDecimal getHealthPct() {
        return healthPct;
    }

    public void setHealthPct(BigDecimal healthPct) {
        this.healthPct = healthPct;
    }

    /** The hub's live agreements, to choose one when several cover the placement (none when the hub has none). */
    public List<AgreementChoice> getAgreements() {
        return agreements == null ? List.of() : agreements;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public LocalDate getRespondByDate() {
        return respondByDate;
    }

    public void setRespondByDate(LocalDate respondByDate) {
        this.respondByDate = respondByDate;
    }

    public LocalTime getRespondByTime() {
        return respondByTime;
    }

    public void setRespondByTime(LocalTime respondByTime) {
        this.respondByTime = respondByTime;
    }
}
