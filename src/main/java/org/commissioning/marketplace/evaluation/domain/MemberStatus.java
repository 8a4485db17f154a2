package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/** An appointed provider's place on a lot: active (receives call-offs), suspended, or removed for good. */
public enum MemberStatus implements Lifecycle<MemberStatus> {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    REMOVED("Removed");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<MemberStatus> next() {
        return switch (this) {
            case ACTIVE -> Set.of(SUSPENDED, REMOVED);
            case SUSPENDED -> Set.of(ACTIVE, REMOVED);
            case REMOVED -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }
}
