package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.Commands.NewSetting;
import org.commissioning.marketplace.party.application.ProviderService;
import org.commissioning.marketplace.party.application.Views.SettingView;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.time.LocalDate;

/** provider/home.xhtml: the provider's registered settings, and adding one. */
@Named
@ViewScoped
public class ProviderHomeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderService providers;

    @Inject
    MyOrganisationBacking mine;

    private String name;
    private String ofstedUrn;
    private ServiceCategory category;
    private OfstedJudgement judgement;
    private LocalDate judgementDate;
    private String postcodeDistrict;
    private Integer places;
    private Long availabilitySetting;
    private Integer vacancies;
    private org.commissioning.marketplace.shared.domain.NeedTag[] needs = new org.commissioning.marketplace.shared.domain.NeedTag[0];

    public void updateAvailability() {
        try {
            if (availabilitySetting == null) {
                throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("settingId", "Choose the setting.");
            }
            SettingView saved = providers.updateAvailability(mine.getOrganisation().id(), availabilitySetting, vacancies,
                    needs.length == 0 ? java.util.EnumSet.noneOf(org.commissioning.marketplace.shared.domain.NeedTag.class)
                            : java.util.EnumSet.copyOf(java.util.Arrays.asList(needs)));
            Forms.notice(saved.name() + ": " + saved.vacancies() + " vacancies, registered for " + saved.needsText().toLowerCase() + ".");
            Forms.redirect("/provider/home.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "availability");
        }
    }

    private Long inspectionSetting;
    private OfstedJudgement inspectionJudgement;
    private LocalDate inspectionDate;

    public void recordInspection() {
        try {
            if (inspectionSetting == null) {
                throw org.commissioning.marketplace.shared.domain.InvalidInputException.of("inspectionSetting", "Choose the setting.");
            }
            SettingView saved = providers.recordInspection(mine.getOrganisation().id(), inspectionSetting,
                    new org.commissioning.marketplace.party.application.Commands.NewInspection(inspectionJudgement, inspectionDate));
            Forms.notice(saved.name() + " is now recorded as " + saved.judgement().label().toLowerCase() + ".");
            Forms.redirect("/provider/home.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "inspection");
        }
    }

    public java.util.List<OfstedJudgement> getInspectedJudgements() {
        return java.util.Arrays.stream(OfstedJudgement.values()).filter(j -> j != OfstedJudgement.NOT_YET_INSPECTED).toList();
    }

    public Long getInspectionSetting() {
        return inspectionSetting;
    }

    public void setInspectionSetting(Long inspectionSetting) {
        this.inspectionSetting = inspectionSetting;
    }

    public OfstedJudgement getInspectionJudgement() {
        return inspectionJudgement;
    }

    public void setInspectionJudgement(OfstedJudgement inspectionJudgement) {
        this.inspectionJudgement = inspectionJudgement;
    }

    public LocalDate getInspectionDate() {
        return inspectionDate;
    }

    public void setInspectionDate(LocalDate inspectionDate) {
        this.inspectionDate = inspectionDate;
    }

    public org.commissioning.marketplace.shared.domain.NeedTag[] getAllNeedTags() {
        return org.commissioning.marketplace.shared.domain.NeedTag.values();
    }

    public Long getAvailabilitySetting() {
        return availabilitySetting;
    }

    public void setAvailabilitySetting(Long availabilitySetting) {
        this.availabilitySetting = availabilitySetting;
    }

    public Integer getVacancies() {
        return vacancies;
    }

    public void setVacancies(Integer vacancies) {
        this.vacancies = vacancies;
    }

    public org.commissioning.marketplace.shared.domain.NeedTag[] getNeeds() {
        return needs;
    }

    public void setNeeds(org.commissioning.marketplace.shared.domain.NeedTag[] needs) {
        this.needs = needs == null ? new org.commissioning.marketplace.shared.domain.NeedTag[0] : needs;
    }

    public void addSetting() {
        try {
            SettingView added = providers.addSetting(mine.getOrganisation().id(), new NewSetting(name, ofstedUrn,
                    category, judgement, judgementDate, postcodeDistrict, places));
            Forms.notice(added.name() + " (" + added.ofstedUrn() + ") is added.");
            Forms.redirect("/provider/home.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "setting");
        }
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public OfstedJudgement[] getJudgements() {
        return OfstedJudgement.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOfstedUrn() {
        return ofstedUrn;
    }

    public void setOfstedUrn(String ofstedUrn) {
        this.ofstedUrn = ofstedUrn;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public OfstedJudgement getJudgement() {
        return judgement;
    }

    public void setJudgement(OfstedJudgement judgement) {
        this.judgement = judgement;
    }

    public LocalDate getJudgementDate() {
        return judgementDate;
    }

    public void setJudgementDate(LocalDate judgementDate) {
        this.judgementDate = judgementDate;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public void setPostcodeDistrict(String postcodeDistrict) {
        this.postcodeDistrict = postcodeDistrict;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }
}
