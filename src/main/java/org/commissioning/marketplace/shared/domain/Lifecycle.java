package org.commissioning.marketplace.shared.domain;

import java.util.Set;

/**
 * A status enum that lists, for each status, the statuses it may move to. Every lifecycle in the
 * marketplace implements this, so a transition not listed is refused the same way everywhere.
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

    /** The statuses this one may move to. */
    Set<S> next();

    /** Plain-English name of the status, as shown to users. */
    String label();

    /** Refuses a move not in the table, naming both statuses. */
    @SuppressWarnings("unchecked")
    default S moveTo(S target) {
        if (!next().contains(target)) {
            throw new InvalidTransitionException("Cannot change from " + label().toLowerCase() + " to "
                    + target.label().toLowerCase() + ".");
        }
        return target;
    }
}
