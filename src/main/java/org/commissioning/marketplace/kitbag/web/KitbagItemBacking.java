package org.commissioning.marketplace.kitbag.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.kitbag.application.KitbagService;
import org.commissioning.marketplace.kitbag.application.KitbagService.ItemInput;
import org.commissioning.marketplace.kitbag.application.KitbagService.ItemView;
import org.commissioning.marketplace.kitbag.application.KitbagService.VersionView;
import org.commissioning.marketplace.kitbag.domain.CommissioningStage;
import org.commissioning.marketplace.kitbag.domain.ItemStatus;
import org.commissioning.marketplace.kitbag.domain.KitbagCategory;
import org.commissioning.marketplace.kitbag.domain.KitbagItem;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * kitbag/item.xhtml (an item, an earlier version of it, and its curation: a new version, review,
 * handover, withdrawal, the tenders that used it) and kitbag/new.xhtml (publishing an item).
 */
@Named
@ViewScoped
public class KitbagItemBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    KitbagService kitbag;

    @Inject
    TenderService tenders;

    @Inject
    PartyDirectory parties;

    private Long id;
    /** An earlier version to show, by number (the address's v=). */
    private Integer v;
    private ItemView item;
    private VersionView shown;

    private KitbagCategory category;
    private String title;
    private String summary;
    private String text;
    private CommissioningStage[] stages;
    private Integer reviewEveryMonths = 12;
    private String changeNote;
    private String owner;
    private Long tenderId;
    private List<String> owners = List.of();
    private List<TenderSummary> hubTenders = List.of();

    /** The item page: the item, the version asked for, and for its curators the form filled with the current version. */
    public void load() {
        if (id == null) {
            Forms.redirect("/kitbag/index.xhtml");
            return;
        }
        try {
            item = kitbag.item(id);
            if (v != null && v != item.currentVersion()) {
                shown = kitbag.version(id, v);
            }
            if (item.curator()) {
                category = item.category();
                title = item.title();
                summary = item.summary();
                text = item.text();
                stages = item.stages().stream().map(KitbagService.StageRef::stage).toArray(CommissioningStage[]::new);
                reviewEveryMonths = item.reviewEveryMonths();
                owner = item.owner();
                owners = kitbag.owners(id);
            }
            if (parties.require().has(Role.HUB_COMMISSIONER)) {
                hubTenders = tenders.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
            }
        } catch (DomainException e) {
            item = null;
            Forms.report(e, "item");
        }
    }

    public void publish() {
        try {
            ItemView published = kitbag.publish(input(null));
            Forms.notice("\"" + published.title() + "\" is in the kitbag.");
            Forms.redirect("/kitbag/item.xhtml?id=" + published.id());
        } catch (DomainException e) {
            Forms.report(e, "content");
        }
    }

    public void revise() {
        Forms.attempt(() -> kitbag.revise(id, input(changeNote), item.version()), "content",
                "Version " + (item.currentVersion() + 1) + " is published.", here());
    }

    public void markReviewed() {
        Forms.attempt(() -> kitbag.markReviewed(id, item.version()), "review-form",
                "Marked as reviewed: the next review is due in " + item.reviewEveryMonths() + " months.", here() + "#review");
    }

    public void handOver() {
        Forms.attempt(() -> kitbag.handTo(id, owner, item.version()), "handover", owner + " keeps this item now.", here());
    }

    public void withdraw() {
        Forms.attempt(() -> kitbag.changeStatus(id, ItemStatus.WITHDRAWN, item.version()), "status-form",
                "The item is withdrawn: it is kept, but no longer offered.", here());
    }

    public void restore() {
        Forms.attempt(() -> kitbag.changeStatus(id, ItemStatus.CURRENT, item.version()), "status-form", "The item is current again.", here());
    }

    public void recordUse() {
        Forms.attempt(() -> kitbag.recordUse(id, tenderId), "use", "The tender is recorded as using this item.", here() + "#uses");
    }

    private String here() {
        return "/kitbag/item.xhtml?id=" + id;
    }

    private ItemInput input(String note) {
        return new ItemInput(category, title, summary, text, stages == null ? null : Set.of(stages), reviewEveryMonths, note);
    }

    public ItemView getItem() {
        return item;
    }

    public VersionView getShown() {
        return shown;
    }

    public KitbagCategory[] getCategories() {
        return KitbagCategory.values();
    }

    public CommissioningStage[] getAllStages() {
        return CommissioningStage.values();
    }

    public List<Integer> getReviewIntervals() {
        return KitbagItem.REVIEW_INTERVALS;
    }

    public List<String> getOwners() {
        return owners;
    }

    public List<TenderSummary> getHubTenders() {
        return hubTenders;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getV() {
        return v;
    }

    public void setV(Integer v) {
        this.v = v;
    }

    public KitbagCategory getCategory() {
        return category;
    }

    public void setCategory(KitbagCategory category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CommissioningStage[] getStages() {
        return stages;
    }

    public void setStages(CommissioningStage[] stages) {
        this.stages = stages;
    }

    public Integer getReviewEveryMonths() {
        return reviewEveryMonths;
    }

    public void setReviewEveryMonths(Integer reviewEveryMonths) {
        this.reviewEveryMonths = reviewEveryMonths;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }
}
