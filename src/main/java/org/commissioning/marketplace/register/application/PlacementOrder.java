package org.commissioning.marketplace.register.application;

/**
 * The orders the register of placements can be read in. Each ends on the placement's id, so a page
 * boundary never splits equal values differently between two reads; only the newest-first order has
 * keyset paging (after=), the others are paged by number.
 */
public enum PlacementOrder {
    NEWEST_START("Start date, newest first", "p.start_date DESC, p.id DESC"),
    OLDEST_START("Start date, oldest first", "p.start_date ASC, p.id ASC"),
    HIGHEST_FEE("Weekly fee, highest first", "p.weekly_fee DESC, p.id DESC"),
    LOWEST_FEE("Weekly fee, lowest first", "p.weekly_fee ASC, p.id ASC");

    private final String label;
    private final String sql;

    PlacementOrder(String label, String sql) {
        this.label = label;
        this.sql = sql;
    }

    public String label() {
        return label;
    }

    String sql() {
        return sql;
    }
}
