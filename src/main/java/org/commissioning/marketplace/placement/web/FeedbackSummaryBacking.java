package org.commissioning.marketplace.placement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.FeedbackService.Summary;
import org.commissioning.marketplace.shared.domain.DomainException;

/** "What children and families say" on a provider's performance page: counts only, from five answers. */
@Named
@RequestScoped
public class FeedbackSummaryBacking {

    @Inject
    FeedbackService feedback;

    private Summary summary;
    private boolean loaded;

    /** The provider's own counts (provider users), or the named provider's from the hub's councils (hub). */
    public Summary of(Long providerId) {
        if (!loaded) {
            loaded = true;
            try {
                summary = feedback.summary(providerId);
            } catch (DomainException e) {
                summary = null;
            }
        }
        return summary;
    }
}
