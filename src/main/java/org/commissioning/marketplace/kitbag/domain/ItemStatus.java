package org.commissioning.marketplace.kitbag.domain;

import org.commissioning.marketplace.shared.domain.Lifecycle;

import java.util.Set;

/**
 * An item is current (found by search, offered for use) or withdrawn (kept with its versions for
 * anyone who used it, but no longer offered); a withdrawn item may be restored.
 */
public enum ItemStatus implements Lifecycle<ItemStatus> {
    CURRENT("Current"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<ItemStatus> next() {
        return switch (this) {
            case CURRENT -> Set.of(WITHDRAWN);
            case WITHDRAWN -> Set.of(CURRENT);
        };
    }

    @Override
    public String label() {
        return label;
    }
}
