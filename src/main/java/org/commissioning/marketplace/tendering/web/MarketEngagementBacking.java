package org.commissioning.marketplace.tendering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;

import java.time.LocalDate;

/**
 * The preliminary market engagement form of a draft on hub/tender.xhtml: what the hub wants to
 * learn, how providers take part and when it closes; saving it publishes the UK2 notice.
 */
@Named
@RequestScoped
public class MarketEngagementBacking {

    @Inject
    TenderService tenders;

    private String description;
    private String howToRespond;
    private LocalDate closesOn;

    public void engage(Long tenderId) {
        Forms.attempt(() -> tenders.engageMarket(tenderId, description, howToRespond, closesOn), "engagement",
                "The preliminary market engagement notice (UK2) is published.",
                "/hub/tender.xhtml?id=" + tenderId + "&section=overview#engagement-heading");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHowToRespond() {
        return howToRespond;
    }

    public void setHowToRespond(String howToRespond) {
        this.howToRespond = howToRespond;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
