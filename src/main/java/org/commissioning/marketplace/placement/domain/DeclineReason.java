package org.commissioning.marketplace.placement.domain;

/** Why a provider declines a referral: a fixed list, so the hub can see patterns across the region. */
public enum DeclineReason {
    NO_VACANCY("No vacancy now"),
    CANNOT_MEET_NEEDS("Cannot meet the child's needs"),
    MATCHING_RISK("Risk to the children already placed"),
    LOCATION("Location not suitable"),
    START_DATE("Cannot start by the date needed"),
    STAFFING("Not enough staff"),
    OTHER("Another reason");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
