package org.commissioning.marketplace.need.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.need.application.NeedsViews.NeedLineInput;
import org.commissioning.marketplace.need.application.NeedsViews.RoundView;
import org.commissioning.marketplace.need.application.NeedsViews.SubmissionView;
import org.commissioning.marketplace.need.domain.AgeBand;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** council/needs.xhtml: the council's needs rounds, and its needs in the chosen one. */
@Named
@ViewScoped
public class CouncilNeedsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long MAX_FILE_BYTES = 1_000_000;

    @Inject
    NeedsService needs;

    private Long roundId;
    private List<RoundView> rounds;
    private RoundView round;
    private SubmissionView mine;
    private ServiceCategory category;
    private NeedLevel needLevel;
    private AgeBand ageBand;
    private String subRegion;
    private Integer placements;
    private Integer weeks;
    private BigDecimal baselineWeeklyFee;
    private transient Part file;

    @PostConstruct
    void init() {
        rounds = needs.rounds();
    }

    /** Loads the chosen round (view parameter "round"), or the newest open one. */
    public void load() {
        try {
            if (roundId == null) {
                roundId = rounds.stream().filter(RoundView::open).map(RoundView::id).findFirst()
                        .orElse(rounds.isEmpty() ? null : rounds.get(0).id());
            }
            if (roundId != null) {
                round = needs.round(roundId);
                mine = needs.mine(roundId);
            }
        } catch (DomainException e) {
            Forms.report(e, "line");
        }
    }

    public void addLine() {
        act(() -> needs.addLine(roundId, new NeedLineInput(category, needLevel, ageBand, subRegion, placements, weeks,
                baselineWeeklyFee)), "line", "The line is added.");
    }

    public void removeLine(long lineId) {
        act(() -> needs.removeLine(roundId, lineId), "lines", "The line is removed.");
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Forms.report(InvalidInputException.of("file", "Choose a CSV file to import."), "import");
            return;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            Forms.report(InvalidInputException.of("file", "The file is too large: at most 1 MB."), "import");
            return;
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            SubmissionView imported = needs.importCsv(roundId, reader);
            Forms.notice(imported.lines().size() + " lines imported. They replace the lines you had before.");
            Forms.redirect("/council/needs.xhtml?round=" + roundId);
        } catch (InvalidInputException e) {
            reportImport(e);
        } catch (DomainException e) {
            Forms.report(e, "import");
        } catch (IOException e) {
            Forms.report(InvalidInputException.of("file", "The file could not be read."), "import");
        }
    }

    /** Every bad row, each with its line number, at the top of the page. */
    private void reportImport(InvalidInputException e) {
        Forms.reportLines(e, "import:file", "The file was not imported: fix these rows and import it again. Nothing has changed.");
    }

    public void submit() {
        act(() -> needs.submit(roundId), "submission", "Your needs are submitted to the hub.");
    }

    public void reopen() {
        act(() -> needs.reopen(roundId), "submission", "Your needs are reopened. Submit them again when you have finished.");
    }

    private void act(Runnable action, String formId, String notice) {
        Forms.attempt(action, formId, notice, "/council/needs.xhtml?round=" + roundId);
    }

    public boolean isEditable() {
        return round != null && round.open() && mine != null && !"SUBMITTED".equals(mine.status());
    }

    public String getStatusLabel() {
        if (mine == null) {
            return "";
        }
        return switch (mine.status()) {
            case "SUBMITTED" -> "Submitted";
            case "DRAFT" -> "In progress";
            default -> "Not started";
        };
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public NeedLevel[] getNeedLevels() {
        return NeedLevel.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
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

    public RoundView getRound() {
        return round;
    }

    public SubmissionView getMine() {
        return mine;
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

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public String getSubRegion() {
        return subRegion;
    }

    public void setSubRegion(String subRegion) {
        this.subRegion = subRegion;
    }

    public Integer getPlacements() {
        return placements;
    }

    public void setPlacements(Integer placements) {
        this.placements = placements;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public BigDecimal getBaselineWeeklyFee() {
        return baselineWeeklyFee;
    }

    public void setBaselineWeeklyFee(BigDecimal baselineWeeklyFee) {
        this.baselineWeeklyFee = baselineWeeklyFee;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
