package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** A feedback invitation: issued, then answered once; or withdrawn by the council before it is used. */
public enum FeedbackStatus implements Lifecycle<FeedbackStatus> {
    ISSUED("Waiting for an answer"),
    ANSWERED("Answered"),
    WITHDRAWN("Withdrawn");

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<FeedbackStatus> next() {
        return this == ISSUED ? EnumSet.of(ANSWERED, WITHDRAWN) : EnumSet.noneOf(FeedbackStatus.class);
    }

    @Override
    public String label() {
        return label;
    }
}
