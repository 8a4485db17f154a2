package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** An individual placement agreement: agreed, then started, then ended; or cancelled before it starts. */
public enum PlacementStatus implements Lifecycle<PlacementStatus> {
    AGREED("Agreed, not started"),
    STARTED("Started"),
    ENDED("Ended"),
    CANCELLED("Cancelled before it started");

    private final String label;

    PlacementStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<PlacementStatus> next() {
        return switch (this) {
            case AGREED -> EnumSet.of(STARTED, CANCELLED);
            case STARTED -> EnumSet.of(ENDED);
            default -> EnumSet.noneOf(PlacementStatus.class);
        };
    }

    @Override
    public String label() {
        return label;
    }
}
