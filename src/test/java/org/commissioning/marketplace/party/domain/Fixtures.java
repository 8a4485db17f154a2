package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.ServiceCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/** Small builders of parties for domain tests; each call makes fresh objects. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-06T17:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    static final Region NORTH_WEST = new Region("E12000002", "North West");

    private Fixtures() {
    }

    static Council council(String name, String onsCode) {
        return new Council(name, onsCode, NORTH_WEST, NOW);
    }

    static Hub hub() {
        return new Hub("North West Placements Hub", NORTH_WEST, council("Bolton Council", "E08000001"),
                "hub@example.org", NOW, TODAY);
    }

    static Provider pendingProvider(Hub hub) {
        return Provider.applyToJoin("Brightwater Fostering Ltd", ProviderType.PRIVATE, "09345121", null, hub,
                EnumSet.of(ServiceCategory.FOSTERING_STANDARD), "provider@example.org", NOW);
    }
}
