package org.commissioning.marketplace.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.register.application.PlacementOrder;
import org.commissioning.marketplace.register.application.RegisterService;
import org.commissioning.marketplace.register.application.RegisterService.PlacementEntry;
import org.commissioning.marketplace.register.application.RegisterService.PlacementFilter;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** hub/register.xhtml and council/register.xhtml: the register of placements, its filters and exports. */
@Named
@ViewScoped
public class ContractRegisterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RegisterService register;

    @Inject
    PartyDirectory parties;

    /** The tenders part of the same page: its filters stay in the address when these change. */
    @Inject
    AgreementRegisterBacking agreements;

    private Long councilId;
    private ServiceCategory category;
    private NeedLevel needLevel;
    private String provider;
    private String status;
    private LocalDate startFrom;
    private LocalDate startTo;
    private BigDecimal minWeeklyFee;
    private BigDecimal maxWeeklyFee;
    private RegisterService.Bought bought;
    private PlacementFilter applied = PlacementFilter.none();
    /** The order the placements are listed in (in the address as sort=; newest start first when absent). */
    private PlacementOrder sort;
    private List<OrganisationRef> councils = List.of();
    private boolean hub;

    private final PagedModel<PlacementEntry> model = new PagedModel<>(page -> register.placements(applied, page, sort), PlacementEntry::id);

    @PostConstruct
    void init() {
        var caller = parties.require();
        hub = caller.has(Role.HUB_COMMISSIONER);
        if (hub) {
            councils = parties.membersOf(caller.organisationId());
        }
    }

    /**
     * Applies the filters and moves to the address that holds them, so a filtered view can be bookmarked
     * and shared (checked first by a one-row query, so a bad filter is reported on the form).
     */
    public void apply() {
        if (check()) {
            RegisterAddress.redirect("placements-heading", agreements.getAddressQuery(), getAddressQuery());
        }
    }

    /** The filters given in the address (the page's view parameters), applied as the page opens. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            check();
        }
    }

    private boolean check() {
        PlacementFilter filter = new PlacementFilter(councilId, category, needLevel, provider, status, startFrom, startTo,
                minWeeklyFee, maxWeeklyFee, bought);
        try {
            register.placements(filter, new org.commissioning.marketplace.shared.application.PageRequest(0, 1));
            applied = filter;
            spend = null;
            return true;
        } catch (DomainException e) {
            Forms.report(e, "filters");
            return false;
        }
    }

    public void clear() {
        councilId = null;
        category = null;
        needLevel = null;
        provider = null;
        status = null;
        startFrom = null;
        startTo = null;
        minWeeklyFee = null;
        maxWeeklyFee = null;
        bought = null;
        applied = PlacementFilter.none();
        sort = null;
        spend = null;
        RegisterAddress.redirect("placements-heading", agreements.getAddressQuery(), "");
    }

    /** The applied filters and the order as the page's address names them: the filters as the export links name them. */
    public String getAddressQuery() {
        String query = getQuery();
        if (sort == null || sort == PlacementOrder.NEWEST_START) {
            return query;
        }
        return query.isEmpty() ? "sort=" + sort : query + "&sort=" + sort;
    }

    public PlacementOrder getSort() {
        return sort;
    }

    public void setSort(PlacementOrder sort) {
        this.sort = sort;
    }

    public PlacementOrder[] getSorts() {
        return PlacementOrder.values();
    }

    /** The applied filters as a query string, for the export links. */
    public String getQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("council", applied.councilId());
        q.put("category", applied.category());
        q.put("needLevel", applied.needLevel());
        q.put("provider", applied.provider());
        q.put("status", applied.status());
        q.put("startFrom", applied.startFrom());
        q.put("startTo", applied.startTo());
        q.put("minWeeklyFee", applied.minWeeklyFee());
        q.put("maxWeeklyFee", applied.maxWeeklyFee());
        q.put("bought", applied.bought());
        return org.commissioning.marketplace.shared.web.QueryStrings.of(q);
    }

    private RegisterService.Spend spend;

    /** Spend of the applied filters (read once per request). */
    public RegisterService.Spend getSpend() {
        if (spend == null) {
            spend = register.spend(applied);
        }
        return spend;
    }

    public String getSpendMethod() {
        return RegisterService.Spend.METHOD;
    }

    public PagedModel<PlacementEntry> getModel() {
        return model;
    }

    public boolean isHub() {
        return hub;
    }

    public List<OrganisationRef> getCouncils() {
        return councils;
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public NeedLevel[] getNeedLevels() {
        return NeedLevel.values();
    }

    public List<String> getStatuses() {
        return List.of("AGREED", "STARTED", "ENDED", "CANCELLED");
    }

    public Long getCouncilId() {
        return councilId;
    }

    public void setCouncilId(Long councilId) {
        this.councilId = councilId;
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

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(LocalDate startFrom) {
        this.startFrom = startFrom;
    }

    public LocalDate getStartTo() {
        return startTo;
    }

    public void setStartTo(LocalDate startTo) {
        this.startTo = startTo;
    }

    public BigDecimal getMinWeeklyFee() {
        return minWeeklyFee;
    }

    public void setMinWeeklyFee(BigDecimal minWeeklyFee) {
        this.minWeeklyFee = minWeeklyFee;
    }

    public RegisterService.Bought getBought() {
        return bought;
    }

    public void setBought(RegisterService.Bought bought) {
        this.bought = bought;
    }

    public List<RegisterService.Bought> getBoughtChoices() {
        return List.of(RegisterService.Bought.values());
    }

    public BigDecimal getMaxWeeklyFee() {
        return maxWeeklyFee;
    }

    public void setMaxWeeklyFee(BigDecimal maxWeeklyFee) {
        this.maxWeeklyFee = maxWeeklyFee;
    }
}
