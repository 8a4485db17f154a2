package org.commissioning.marketplace.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderPlan;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.Procedure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** hub/tenders.xhtml: the hub's tenders, and drafting a new one. */
@Named
@ViewScoped
public class HubTendersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    @Inject
    NeedsService needs;

    private final PagedModel<TenderSummary> model = new PagedModel<>(page -> tenders.list(null, page), TenderSummary::id);
    private List<RoundView> rounds;
    private String title;
    private String description;
    private Procedure procedure;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String reopenings;
    private LocalDate clarificationDate;
    private LocalTime clarificationTime = LocalTime.of(12, 0);
    private LocalDate bidDate;
    private LocalTime bidTime = LocalTime.of(17, 0);
    private LocalDate plannedAward;
    private Integer standstillDays = 8;
    private Integer extensionMonths;
    private Long needsRoundId;

    @PostConstruct
    void init() {
        rounds = needs.rounds();
    }

    public void draft() {
        try {
            TenderView created = tenders.draft(new TenderPlan(title, description, procedure, termStart, termEnd,
                    dates(reopenings), instant(clarificationDate, clarificationTime), instant(bidDate, bidTime), plannedAward,
                    standstillDays, needsRoundId, extensionMonths));
            Forms.notice("Draft " + created.reference() + " is created. Add its lots, criteria and questions, then publish it.");
            Forms.redirect("/hub/tender.xhtml?id=" + created.id());
        } catch (DomainException e) {
            Forms.report(renamed(e), "draft");
        }
    }

    /** The service speaks of deadlines; the page asks for their dates. */
    static DomainException renamed(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            invalid.fieldErrors().forEach((k, v) -> errors.put(switch (k) {
                case "clarificationDeadline" -> "clarificationDate";
                case "bidDeadline" -> "bidDate";
                case "term" -> "termStart";
                default -> k;
            }, v));
            return new InvalidInputException(errors);
        }
        return e;
    }

    static Instant instant(LocalDate date, LocalTime time) {
        return date == null || time == null ? null : date.atTime(time).atZone(UkTime.ZONE).toInstant();
    }

    static List<LocalDate> dates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(LocalDate::parse).toList();
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("reopenings", "Enter reopening dates as year-month-day, separated by commas.");
        }
    }

    public PagedModel<TenderSummary> getModel() {
        return model;
    }

    public List<RoundView> getRounds() {
        return rounds;
    }

    public Procedure[] getProcedures() {
        return Procedure.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(Procedure procedure) {
        this.procedure = procedure;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public String getReopenings() {
        return reopenings;
    }

    public void setReopenings(String reopenings) {
        this.reopenings = reopenings;
    }

    public LocalDate getClarificationDate() {
        return clarificationDate;
    }

    public void setClarificationDate(LocalDate clarificationDate) {
        this.clarificationDate = clarificationDate;
    }

    public LocalTime getClarificationTime() {
        return clarificationTime;
    }

    public void setClarificationTime(LocalTime clarificationTime) {
        this.clarificationTime = clarificationTime;
    }

    public LocalDate getBidDate() {
        return bidDate;
    }

    public void setBidDate(LocalDate bidDate) {
        this.bidDate = bidDate;
    }

    public LocalTime getBidTime() {
        return bidTime;
    }

    public void setBidTime(LocalTime bidTime) {
        this.bidTime = bidTime;
    }

    public LocalDate getPlannedAward() {
        return plannedAward;
    }

    public void setPlannedAward(LocalDate plannedAward) {
        this.plannedAward = plannedAward;
    }

    public Integer getStandstillDays() {
        return standstillDays;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public void setStandstillDays(Integer standstillDays) {
        this.standstillDays = standstillDays;
    }

    public Long getNeedsRoundId() {
        return needsRoundId;
    }

    public void setNeedsRoundId(Long needsRoundId) {
        this.needsRoundId = needsRoundId;
    }
}
