package org.commissioning.marketplace.need.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.need.application.NeedsViews.CategoryTotal;
import org.commissioning.marketplace.need.application.NeedsViews.CouncilProgress;
import org.commissioning.marketplace.need.application.NeedsViews.DemandProfile;
import org.commissioning.marketplace.need.application.NeedsViews.OpenRound;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** hub/needs.xhtml: the hub's needs rounds, opening one, and a round's progress and pooled demand. */
@Named
@ViewScoped
public class HubNeedsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    NeedsService needs;

    private Long roundId;
    private List<RoundView> rounds;
    private RoundView round;
    private List<CouncilProgress> progress;
    private DemandProfile profile;
    private Integer planningYear;
    private LocalDate deadlineDate;
    private LocalTime deadlineTime = LocalTime.of(17, 0);
    private String subRegions;

    @PostConstruct
    void init() {
        rounds = needs.rounds();
    }

    public void load() {
        try {
            if (roundId == null && !rounds.isEmpty()) {
                roundId = rounds.get(0).id();
            }
            if (roundId != null) {
                round = needs.round(roundId);
                progress = needs.progress(roundId);
                profile = needs.profile(roundId);
            }
        } catch (DomainException e) {
            Forms.report(e, "open");
        }
    }

    public void open() {
        try {
            if (deadlineDate == null || deadlineTime == null) {
                throw InvalidInputException.of("deadlineDate", "Enter the deadline date and time.");
            }
            List<String> names = subRegions == null ? List.of() : Arrays.stream(subRegions.split("[,\\n]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            RoundView opened = needs.open(new OpenRound(planningYear,
                    deadlineDate.atTime(deadlineTime).atZone(UkTime.ZONE).toInstant(), names));
            Forms.notice("The " + opened.planningYearLabel() + " needs round is open until " + opened.deadlineUk() + ".");
            Forms.redirect("/hub/needs.xhtml?round=" + opened.id());
        } catch (DomainException e) {
            if (e instanceof InvalidInputException invalid && invalid.fieldErrors().containsKey("deadline")) {
                Forms.report(InvalidInputException.of("deadlineDate", invalid.fieldErrors().get("deadline")), "open");
            } else {
                Forms.report(e, "open");
            }
        }
    }

    /** Width of a category's bar, as a percentage of the largest. */
    public long barWidth(CategoryTotal total) {
        BigDecimal max = profile.byCategory().stream().map(CategoryTotal::estimatedAnnualValue)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        return max.signum() == 0 ? 0 : total.estimatedAnnualValue().multiply(BigDecimal.valueOf(100))
                .divide(max, 0, RoundingMode.HALF_UP).longValue();
    }

    public String statusLabel(String status) {
        return switch (status) {
            case "SUBMITTED" -> "Submitted";
            case "DRAFT" -> "In progress";
            default -> "Not started";
        };
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public List<RoundView> getRounds() {
        return rounds;
    }

    /** The round's sub-regions in words, or that it has none. */
    public String getSubRegionsText() {
        if (round == null || round.subRegions().isEmpty()) {
            return "No sub-regions: needs are pooled for the whole region.";
        }
        return "Sub-regions: " + String.join(", ", round.subRegions()) + ".";
    }

    public RoundView getRound() {
        return round;
    }

    public List<CouncilProgress> getProgress() {
        return progress;
    }

    public DemandProfile getProfile() {
        return profile;
    }

    public Integer getPlanningYear() {
        return planningYear;
    }

    public void setPlanningYear(Integer planningYear) {
        this.planningYear = planningYear;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getSubRegions() {
        return subRegions;
    }

    public void setSubRegions(String subRegions) {
        this.subRegions = subRegions;
    }
}
