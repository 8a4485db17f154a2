package org.commissioning.marketplace.placement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementView;
import org.commissioning.marketplace.placement.application.PlacementService;
import org.commissioning.marketplace.placement.application.PlacementService.OffFrameworkPlacement;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.web.Forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** council/off-framework.xhtml: the council records a placement it bought outside the frameworks. */
@Named
@RequestScoped
public class OffFrameworkPlacementBacking {

    @Inject
    PlacementService placements;

    private String childReference;
    private String settingUrn;
    private NeedLevel needLevel;
    private BigDecimal weeklyFee;
    private LocalDate startDate;
    private LocalDate plannedEnd;
    private BigDecimal socialCarePct = new BigDecimal("100");
    private BigDecimal educationPct = BigDecimal.ZERO;
    private BigDecimal healthPct = BigDecimal.ZERO;
    private String homeDistrict;
    private String reason;

    public void record() {
        try {
            PlacementView placement = placements.recordOffFramework(new OffFrameworkPlacement(childReference, settingUrn, needLevel,
                    weeklyFee, startDate, plannedEnd, socialCarePct, educationPct, healthPct, homeDistrict, reason));
            Forms.notice("The placement of " + placement.childReference() + " with " + placement.providerName()
                    + " is recorded as bought outside the frameworks. Record its start, changes and ending here as for any placement.");
            Forms.redirect("/council/placement.xhtml?id=" + placement.id());
        } catch (DomainException e) {
            Forms.report(e, "placement");
        }
    }

    public List<NeedLevel> getNeedLevels() {
        return List.of(NeedLevel.values());
    }

    public String getChildReference() {
        return childReference;
    }

    public void setChildReference(String childReference) {
        this.childReference = childReference;
    }

    public String getSettingUrn() {
        return settingUrn;
    }

    public void setSettingUrn(String settingUrn) {
        this.settingUrn = settingUrn;
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public void setNeedLevel(NeedLevel needLevel) {
        this.needLevel = needLevel;
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

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
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

    public String getHomeDistrict() {
        return homeDistrict;
    }

    public void setHomeDistrict(String homeDistrict) {
        this.homeDistrict = homeDistrict;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
