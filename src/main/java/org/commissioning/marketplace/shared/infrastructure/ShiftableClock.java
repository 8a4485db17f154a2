package org.commissioning.marketplace.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock in UTC, which tests may move forward or back (only when test support is
 * switched on): deadlines can then pass without waiting for them.
 */
public class ShiftableClock extends Clock {

    private final AtomicLong shiftMillis = new AtomicLong();

    public void shift(Duration by) {
        shiftMillis.addAndGet(by.toMillis());
    }

    public void reset() {
        shiftMillis.set(0);
    }

    public Duration shifted() {
        return Duration.ofMillis(shiftMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shifted());
    }

    /** To the microsecond, as the database keeps it: a time read back equals the time written. */
    @Override
    public Instant instant() {
        return Instant.now().plusMillis(shiftMillis.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + shiftMillis.get();
    }
}
