package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * One provider's part in a referral. Queued providers (later in a direct-award cascade) do not see
 * the referral; invited ones may offer or decline until their window closes; an offer waits for the
 * council until it expires.
 */
public enum InvitationStatus implements Lifecycle<InvitationStatus> {
    QUEUED("Waiting its turn"),
    INVITED("Invited"),
    OFFERED("Offered"),
    DECLINED("Declined"),
    EXPIRED("No answer in time"),
    LAPSED("Offer expired"),
    ACCEPTED("Accepted"),
    NOT_CHOSEN("Offer not chosen"),
    WITHDRAWN("Referral closed");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<InvitationStatus> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(INVITED, WITHDRAWN);
            case INVITED -> EnumSet.of(OFFERED, DECLINED, EXPIRED, WITHDRAWN);
            case OFFERED -> EnumSet.of(ACCEPTED, NOT_CHOSEN, LAPSED);
            default -> EnumSet.noneOf(InvitationStatus.class);
        };
    }

    @Override
    public String label() {
        return label;
    }

}
