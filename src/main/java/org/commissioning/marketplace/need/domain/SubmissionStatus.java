package org.commissioning.marketplace.need.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/** A council's needs submission: a draft it edits, then submitted to the hub (and reopened to change). */
public enum SubmissionStatus implements Lifecycle<SubmissionStatus> {
    DRAFT("Draft"),
    SUBMITTED("Submitted");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<SubmissionStatus> next() {
        return this == DRAFT ? Set.of(SUBMITTED) : Set.of(DRAFT);
    }

    @Override
    public String label() {
        return label;
    }
}
