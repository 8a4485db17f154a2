package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/** An award decision's life: proposed, approved by a second commissioner into standstill, final. */
public enum AwardStatus implements Lifecycle<AwardStatus> {
    PROPOSED("Proposed"),
    STANDSTILL("In standstill"),
    SUSPENDED("Suspended by a challenge"),
    FINAL("Final"),
    WITHDRAWN("Withdrawn");

    private final String label;

    AwardStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<AwardStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(STANDSTILL, WITHDRAWN);
            case STANDSTILL -> Set.of(SUSPENDED, FINAL);
            case SUSPENDED -> Set.of(STANDSTILL, FINAL, WITHDRAWN);
            case FINAL, WITHDRAWN -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }
}
