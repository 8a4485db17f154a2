package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.PlacementView;
import org.commissioning.marketplace.placement.application.PlacementService;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * council/placement.xhtml and the placement lists (council, provider, hub): one individual
 * placement agreement with its history and costs, and the council's lifecycle forms.
 */
@Named
@ViewScoped
public class PlacementBacking implements Serializable {

    @Inject
    PlacementService placements;

    private Long id;
    private int page;
    private PlacementView placement;
    private Page<PlacementSummary> list;
    private LocalDate date;
    private BigDecimal weeklyFee;
    private String reason;
    private Placement.Ending ending;

    public void load() {
        try {
            if (id != null) {
                placement = placements.get(id);
            }
        } catch (DomainException e) {
            Forms.report(e, "change");
        }
    }

    public Page<PlacementSummary> getList() {
        if (list == null) {
            try {
                list = placements.list(page, 20);
            } catch (DomainException e) {
                Forms.report(e, "placements");
                list = new Page<>(java.util.List.of(), 0, 0, 20);
            }
        }
        return list;
    }

    private String here() {
        return "/council/placement.xhtml?id=" + id;
    }

    public void start() {
        Forms.attempt(() -> placements.start(id, date), "change", "The start is recorded.", here());
    }

    public void changeFee() {
        Forms.attempt(() -> placements.changeFee(id, date, weeklyFee, reason), "change", "The new weekly fee is recorded.", here());
    }

    public void extend() {
        Forms.attempt(() -> placements.extend(id, date, reason), "change", "The extension is recorded.", here());
    }

    public void end() {
        Forms.attempt(() -> placements.end(id, date, ending, reason), "change", "The end of the placement is recorded.", here());
    }

    public void cancel() {
        Forms.attempt(() -> placements.cancel(id, reason), "change", "The placement is cancelled.", here());
    }

    public void next() {
        page++;
        list = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        list = null;
    }

    public boolean isLastPage() {
        return (long) (page + 1) * 20 >= getList().total();
    }

    public Placement.Ending[] getEndings() {
        return Placement.Ending.values();
    }

    public int getPage() {
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlacementView getPlacement() {
        return placement;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getWeeklyFee() {
        return weeklyFee;
    }

    public void setWeeklyFee(BigDecimal weeklyFee) {
        this.weeklyFee = weeklyFee;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Placement.Ending getEnding() {
        return ending;
    }

    public void setEnding(Placement.Ending ending) {
        this.ending = ending;
    }
}
