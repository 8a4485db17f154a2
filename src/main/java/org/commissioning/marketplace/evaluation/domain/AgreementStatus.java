package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/**
 * A framework agreement's life: live from the final award until its term ends (when the scheduler
 * marks it expired) or the hub ends it early with a reason, or (an open framework) its reopening
 * competition's agreement replaces it. An extension keeps it live to a later end.
 */
public enum AgreementStatus implements Lifecycle<AgreementStatus> {
    LIVE("Live"),
    EXPIRED("Expired at the end of its term"),
    TERMINATED("Terminated early"),
    /** An open framework's membership after its reopening competition's award is final: the new agreement replaces it. */
    REPLACED("Replaced by its reopening competition");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<AgreementStatus> next() {
        return switch (this) {
            case LIVE -> Set.of(EXPIRED, TERMINATED, REPLACED);
            case EXPIRED, TERMINATED, REPLACED -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }
}
