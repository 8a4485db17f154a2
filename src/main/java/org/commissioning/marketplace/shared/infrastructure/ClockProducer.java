package org.commissioning.marketplace.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

import java.time.Clock;

/**
 * The one clock every service reads time from. It is the system clock; with test support on
 * (marketplace.test-support=true, never in production) tests can shift it to make deadlines pass.
 */
@ApplicationScoped
public class ClockProducer {

    private final ShiftableClock clock = new ShiftableClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Only as ShiftableClock (not as Clock), for the test-support resource. */
    @Produces
    @Typed(ShiftableClock.class)
    ShiftableClock shiftable() {
        return clock;
    }
}
