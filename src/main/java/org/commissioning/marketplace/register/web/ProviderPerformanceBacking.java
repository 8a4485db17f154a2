package org.commissioning.marketplace.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.register.application.ProviderPerformance;
import org.commissioning.marketplace.register.application.ProviderPerformance.ProviderDetail;
import org.commissioning.marketplace.register.application.ProviderPerformance.ProviderRow;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.shared.web.PagedModel;

import java.io.Serializable;

/** hub|council/providers.xhtml (the list), hub|council/provider.xhtml and provider/performance.xhtml (one provider). */
@Named
@ViewScoped
public class ProviderPerformanceBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProviderPerformance performance;

    @Inject
    PartyDirectory parties;

    private String name;
    private String applied;
    private Long id;
    private ProviderDetail detail;

    private final PagedModel<ProviderRow> model = new PagedModel<>(page -> performance.providers(applied, page), ProviderRow::providerId);

    public void search() {
        applied = name;
    }

    /** The provider named by the id parameter; a provider user's own when none is given. */
    public void load() {
        try {
            if (id == null) {
                var caller = parties.require();
                if (caller.has(Role.PROVIDER_USER)) {
                    id = caller.organisationId();
                }
            }
            if (id != null) {
                detail = performance.provider(id);
            }
        } catch (DomainException e) {
            Forms.report(e, "provider");
        }
    }

    public String getMethod() {
        return ProviderPerformance.METHOD;
    }

    public PagedModel<ProviderRow> getModel() {
        return model;
    }

    public ProviderDetail getDetail() {
        return detail;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
