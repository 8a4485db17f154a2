package org.commissioning.marketplace.placement.domain;

import java.time.Duration;

/**
 * How soon the child needs a placement. It sets how long a provider has to answer a direct-award
 * invitation and how long an offer stays open for the council to accept.
 */
public enum Urgency {
    EMERGENCY("Emergency (within 24 hours)", Duration.ofHours(2), Duration.ofHours(6)),
    PLANNED("Planned", Duration.ofHours(48), Duration.ofDays(5));

    private final String label;
    private final Duration answerWindow;
    private final Duration offerValidity;

    Urgency(String label, Duration answerWindow, Duration offerValidity) {
        this.label = label;
        this.answerWindow = answerWindow;
        this.offerValidity = offerValidity;
    }

    public String label() {
        return label;
    }

    /** How long a provider invited by direct award has, exclusively, to offer or decline. */
    public Duration answerWindow() {
        return answerWindow;
    }

    /** How long an offer stays open for the council after it is made (or after a competition closes). */
    public Duration offerValidity() {
        return offerValidity;
    }
}
