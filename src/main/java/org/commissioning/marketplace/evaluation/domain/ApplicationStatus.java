package org.commissioning.marketplace.evaluation.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/** An application to join a dynamic market: waiting for the hub's decision, then admitted or refused for good. */
public enum ApplicationStatus implements Lifecycle<ApplicationStatus> {
    SUBMITTED("Waiting for the hub's decision"),
    ADMITTED("Admitted"),
    REFUSED("Not admitted");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(ADMITTED, REFUSED);
            case ADMITTED, REFUSED -> Set.of();
        };
    }

    @Override
    public String label() {
        return label;
    }
}
