package org.commissioning.marketplace.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.register.application.AgreementRegister;
import org.commissioning.marketplace.register.application.AgreementRegister.AgreementFilter;
import org.commissioning.marketplace.register.application.AgreementRegister.TenderEntry;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;
import org.commissioning.marketplace.shared.web.QueryStrings;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tenders and agreements part of hub/register.xhtml and council/register.xhtml. */
@Named
@ViewScoped
public class AgreementRegisterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementRegister register;

    /** The placements part of the same page: its filters stay in the address when these change. */
    @Inject
    ContractRegisterBacking placements;

    private TenderStatus status;
    private ServiceCategory category;
    private String provider;
    private String title;
    private AgreementFilter applied = AgreementFilter.none();

    private final PagedModel<TenderEntry> model = new PagedModel<>(page -> register.tenders(applied, page), TenderEntry::tenderId);

    /**
     * Applies the filters and moves to the address that holds them (with the placements' filters),
     * so a filtered view can be bookmarked and shared; a bad filter is reported on the form.
     */
    public void apply() {
        if (check()) {
            RegisterAddress.redirect("agreements-heading", getAddressQuery(), placements.getAddressQuery());
        }
    }

    /** The filters given in the address (the page's view parameters), applied as the page opens. */
    public void load() {
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            check();
        }
    }

    private boolean check() {
        AgreementFilter filter = new AgreementFilter(status, category, provider, title);
        try {
            register.tenders(filter, new PageRequest(0, 1));
            applied = filter;
            return true;
        } catch (DomainException e) {
            Forms.report(e, "agreement-filters");
            return false;
        }
    }

    public void clear() {
        status = null;
        category = null;
        provider = null;
        title = null;
        applied = AgreementFilter.none();
        RegisterAddress.redirect("agreements-heading", "", placements.getAddressQuery());
    }

    /** The applied filters as the page's address names them (apart from the placements' filters). */
    public String getAddressQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("tenderStatus", applied.status());
        q.put("lotCategory", applied.category());
        q.put("appointed", applied.provider());
        q.put("tenderTitle", applied.title());
        return QueryStrings.of(q);
    }

    /** The applied filters as a query string, for the export links (as the API names them). */
    public String getQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("status", applied.status());
        q.put("category", applied.category());
        q.put("provider", applied.provider());
        q.put("title", applied.title());
        return QueryStrings.of(q);
    }

    public TenderStatus[] getStatuses() {
        return TenderStatus.values();
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public PagedModel<TenderEntry> getModel() {
        return model;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public void setStatus(TenderStatus status) {
        this.status = status;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
