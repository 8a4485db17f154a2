package org.commissioning.marketplace.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.register.application.NationalInsight;
import org.commissioning.marketplace.register.application.NationalInsight.National;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;

/** hub/national.xhtml and council/national.xhtml: every hub side by side. */
@Named
@ViewScoped
public class NationalBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    NationalInsight insight;

    private National national;

    public National getNational() {
        if (national == null) {
            try {
                national = insight.national();
            } catch (DomainException e) {
                Forms.report(e, "national");
            }
        }
        return national;
    }
}
