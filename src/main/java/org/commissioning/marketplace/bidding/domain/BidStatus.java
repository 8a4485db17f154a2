package org.commissioning.marketplace.bidding.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/** A bid: drafted, submitted (sealed), then withdrawn or superseded by a later submission. */
public enum BidStatus implements Lifecycle<BidStatus> {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    WITHDRAWN("Withdrawn"),
    SUPERSEDED("Superseded");

    private final String label;

    BidStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<BidStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(WITHDRAWN, SUPERSEDED);
            case WITHDRAWN, SUPERSEDED -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }
}
