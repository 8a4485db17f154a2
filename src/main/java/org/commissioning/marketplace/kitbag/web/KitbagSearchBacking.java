package org.commissioning.marketplace.kitbag.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.kitbag.application.KitbagService;
import org.commissioning.marketplace.kitbag.application.KitbagService.ItemSummary;
import org.commissioning.marketplace.kitbag.application.KitbagService.Search;
import org.commissioning.marketplace.kitbag.domain.CommissioningStage;
import org.commissioning.marketplace.kitbag.domain.KitbagCategory;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;
import org.commissioning.marketplace.shared.web.QueryStrings;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** kitbag/index.xhtml: search the kitbag by words, stage, kind and hub; the filters live in the address. */
@Named
@ViewScoped
public class KitbagSearchBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    KitbagService kitbag;

    @Inject
    PartyDirectory parties;

    private String q;
    private CommissioningStage stage;
    private KitbagCategory category;
    private String hub;
    private boolean withdrawn;
    private Search applied = Search.everything();
    private List<OrganisationRef> hubs = List.of();
    private boolean curator;

    private final PagedModel<ItemSummary> model = new PagedModel<>(page -> kitbag.search(applied, page), ItemSummary::id);

    @PostConstruct
    void init() {
        hubs = kitbag.hubs();
        var caller = parties.require();
        curator = caller.has(Role.HUB_COMMISSIONER) || caller.has(Role.PLATFORM_ADMINISTRATOR);
    }

    /** The filters in the address, applied as the page opens (a bad one is reported on the form). */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            check();
        }
    }

    /** Applies the filters and moves to the address that holds them, so a search can be bookmarked and shared. */
    public void apply() {
        if (check()) {
            String query = getQuery();
            Forms.redirect("/kitbag/index.xhtml" + (query.isEmpty() ? "" : "?" + query));
        }
    }

    private boolean check() {
        Search search = new Search(q, stage, category, hub, withdrawn);
        try {
            kitbag.search(search, new PageRequest(0, 1));
            applied = search;
            return true;
        } catch (DomainException e) {
            Forms.report(e, "search");
            return false;
        }
    }

    public String getQuery() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", applied.q() == null || applied.q().isBlank() ? null : applied.q().strip());
        query.put("stage", applied.stage());
        query.put("category", applied.category());
        query.put("hub", applied.hub() == null || applied.hub().isBlank() ? null : applied.hub());
        query.put("withdrawn", applied.withdrawn() ? "true" : null);
        return QueryStrings.of(query);
    }

    public PagedModel<ItemSummary> getModel() {
        return model;
    }

    public boolean isCurator() {
        return curator;
    }

    public List<OrganisationRef> getHubs() {
        return hubs;
    }

    public String getPlatform() {
        return KitbagService.PLATFORM;
    }

    public CommissioningStage[] getStages() {
        return CommissioningStage.values();
    }

    public KitbagCategory[] getCategories() {
        return KitbagCategory.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CommissioningStage getStage() {
        return stage;
    }

    public void setStage(CommissioningStage stage) {
        this.stage = stage;
    }

    public KitbagCategory getCategory() {
        return category;
    }

    public void setCategory(KitbagCategory category) {
        this.category = category;
    }

    public String getHub() {
        return hub;
    }

    public void setHub(String hub) {
        this.hub = hub;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }
}
