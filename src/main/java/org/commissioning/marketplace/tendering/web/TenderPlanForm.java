package org.commissioning.marketplace.tendering.web;

import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderPlan;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terms and timeline of a tender as the pages ask for them (deadlines as a UK date and time),
 * shared by drafting a tender (hub/tenders.xhtml) and correcting a draft (hub/tender.xhtml), through
 * WEB-INF/includes/tender-plan-fields.xhtml.
 */
public class TenderPlanForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private org.commissioning.marketplace.tendering.domain.Procedure procedure;
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

    /** The form filled with a tender's present terms and timeline, to correct them. */
    public static TenderPlanForm of(TenderView t) {
        TenderPlanForm f = new TenderPlanForm();
        f.title = t.title();
        f.description = t.description();
        f.procedure = t.procedure();
        f.termStart = t.termStart();
        f.termEnd = t.termEnd();
        f.reopenings = t.reopenings().stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        ZonedDateTime clarification = t.clarificationDeadline().atZone(UkTime.ZONE);
        f.clarificationDate = clarification.toLocalDate();
        f.clarificationTime = clarification.toLocalTime();
        ZonedDateTime bid = t.bidDeadline().atZone(UkTime.ZONE);
        f.bidDate = bid.toLocalDate();
        f.bidTime = bid.toLocalTime();
        f.plannedAward = t.plannedAward();
        f.standstillDays = t.standstillDays();
        f.extensionMonths = t.extensionMonths();
        f.needsRoundId = t.needsRoundId();
        return f;
    }

    public TenderPlan toPlan() {
        return new TenderPlan(title, description, procedure, termStart, termEnd, dates(reopenings),
                instant(clarificationDate, clarificationTime), instant(bidDate, bidTime), plannedAward, standstillDays,
                needsRoundId, extensionMonths);
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

    public org.commissioning.marketplace.tendering.domain.Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(org.commissioning.marketplace.tendering.domain.Procedure procedure) {
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

    public void setStandstillDays(Integer standstillDays) {
        this.standstillDays = standstillDays;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public Long getNeedsRoundId() {
        return needsRoundId;
    }

    public void setNeedsRoundId(Long needsRoundId) {
        this.needsRoundId = needsRoundId;
    }
}
