package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** A referral is open until it is placed, closes unplaced (nobody offered in time) or is withdrawn. */
public enum ReferralStatus implements Lifecycle<ReferralStatus> {
    OPEN("Open"),
    PLACED("Placed"),
    UNPLACED("Closed without a placement"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<ReferralStatus> next() {
        return this == OPEN ? EnumSet.of(PLACED, UNPLACED, WITHDRAWN) : EnumSet.noneOf(ReferralStatus.class);
    }

    @Override
    public String label() {
        return label;
    }
}
