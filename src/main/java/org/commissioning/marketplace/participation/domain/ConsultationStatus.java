package org.commissioning.marketplace.participation.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** A consultation takes responses while open; once closed, its themes can still be decided. */
public enum ConsultationStatus implements Lifecycle<ConsultationStatus> {
    OPEN("Open for responses"),
    CLOSED("Closed");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<ConsultationStatus> next() {
        return this == OPEN ? EnumSet.of(CLOSED) : EnumSet.noneOf(ConsultationStatus.class);
    }

    @Override
    public String label() {
        return label;
    }
}
