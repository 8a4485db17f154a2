package org.commissioning.marketplace.tendering.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/**
 * Lifecycle of a tender. Deadlines move a published tender on by themselves (clarification
 * closed, then bids closed); the hub starts evaluation, awards or cancels. Nothing else is allowed.
 */
public enum TenderStatus implements Lifecycle<TenderStatus> {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    CLARIFICATION_CLOSED("Clarification closed"),
    BIDS_CLOSED("Bid deadline passed"),
    IN_EVALUATION("In evaluation"),
    AWARDED("Awarded"),
    CANCELLED("Cancelled");

    private final String label;

    TenderStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<TenderStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> Set.of(CLARIFICATION_CLOSED, CANCELLED);
            case CLARIFICATION_CLOSED -> Set.of(BIDS_CLOSED, CANCELLED);
            case BIDS_CLOSED -> Set.of(IN_EVALUATION, CANCELLED);
            case IN_EVALUATION -> Set.of(AWARDED, CANCELLED);
            case AWARDED, CANCELLED -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }

    /** Providers can see the tender: it has been published (and not withdrawn before that). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
