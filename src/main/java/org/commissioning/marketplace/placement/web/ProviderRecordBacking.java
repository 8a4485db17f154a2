package org.commissioning.marketplace.placement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.OutcomeService;
import org.commissioning.marketplace.placement.domain.FeedbackForm;
import org.commissioning.marketplace.shared.domain.DomainException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What children and families say about a provider and the outcomes of its placements: counts only,
 * from five answers or reviews. A provider sees its own; the hub, and a council of it weighing offers,
 * the named provider's from the hub's councils. Read once per provider in a request.
 */
@Named
@RequestScoped
public class ProviderRecordBacking {

    @Inject
    FeedbackService feedback;

    @Inject
    OutcomeService outcomes;

    private record Counts(FeedbackService.Summary voice, OutcomeService.Summary outcomes) {
    }

    private final Map<Long, Counts> counts = new HashMap<>();

    /** The provider's own counts (provider users, who pass null), or the named provider's (hub, council). */
    public FeedbackService.Summary voice(Long providerId) {
        return counts(providerId).voice();
    }

    public OutcomeService.Summary outcomes(Long providerId) {
        return counts(providerId).outcomes();
    }

    /** One line beside an offer: how safe children say they feel, and how many reviews found no move. */
    public String inBrief(long providerId) {
        Counts c = counts(providerId);
        List<String> parts = new ArrayList<>();
        if (c.voice() != null && c.voice().shown()) {
            c.voice().tallies().stream().filter(t -> t.topic().equals(FeedbackForm.topic(FeedbackForm.FEELS_SAFE))).findFirst().ifPresent(t ->
                    parts.add("Feel safe: " + t.yes() + " of " + (t.yes() + t.sometimes() + t.no()) + " said yes"));
        }
        if (c.outcomes() != null && c.outcomes().shown()) {
            parts.add("No move since the last review: " + c.outcomes().noMoves() + " of " + c.outcomes().reviews() + " reviews");
        }
        return parts.isEmpty() ? "Fewer than " + FeedbackService.SHOWN_FROM + " answers and reviews so far" : String.join("; ", parts);
    }

    private Counts counts(Long providerId) {
        return counts.computeIfAbsent(providerId, id -> {
            try {
                return new Counts(feedback.summary(id), outcomes.summary(id));
            } catch (DomainException e) {
                return new Counts(null, null);
            }
        });
    }
}
