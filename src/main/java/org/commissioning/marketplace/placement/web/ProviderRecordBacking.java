package org.commissioning.marketplace.placement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.OutcomeService;
import org.commissioning.marketplace.shared.domain.DomainException;

/**
 * On a provider's performance page, what children and families say and the outcomes of its
 * placements: counts only, from five answers or reviews. A provider sees its own, the hub any provider's.
 */
@Named
@RequestScoped
public class ProviderRecordBacking {

    @Inject
    FeedbackService feedback;

    @Inject
    OutcomeService outcomes;

    private FeedbackService.Summary voice;
    private OutcomeService.Summary outcomeCounts;
    private boolean loaded;

    /** The provider's own counts (provider users), or the named provider's from the hub's councils (hub). */
    public FeedbackService.Summary voice(Long providerId) {
        load(providerId);
        return voice;
    }

    public OutcomeService.Summary outcomes(Long providerId) {
        load(providerId);
        return outcomeCounts;
    }

    private void load(Long providerId) {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            voice = feedback.summary(providerId);
            outcomeCounts = outcomes.summary(providerId);
        } catch (DomainException e) {
            voice = null;
            outcomeCounts = null;
        }
    }
}
