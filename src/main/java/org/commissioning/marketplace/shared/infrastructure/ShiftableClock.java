package org.commissioning.marketplace.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock in UTC, set off by a fixed start (the clock switch,
 * {@code marketplace.clock-start}) and by whatever the tests shift it by (only when test support
 * is switched on): deadlines can then pass without waiting for them, and the whole marketplace can
 * run as if on a given day.
 */
public class ShiftableClock extends Clock {

    /** The fixed offset from the real time that the clock switch sets; never changed by shifts. */
    private final long baseMillis;
    private final AtomicLong shiftMillis = new AtomicLong();

    public ShiftableClock() {
        this(Duration.ZERO);
    }

    public ShiftableClock(Duration base) {
        this.baseMillis = base.toMillis();
    }

    /**
     * A clock that reads {@code start} when the real time is {@code anchor}, and runs on from there.
     * Several processes given the same pair read the same time.
     */
    public static ShiftableClock startingAt(Instant start, Instant anchor) {
        return new ShiftableClock(Duration.between(anchor, start));
    }

    public void shift(Duration by) {
        shiftMillis.addAndGet(by.toMillis());
    }

    /** Back to the started clock (the switch's start stays). */
    public void reset() {
        shiftMillis.set(0);
    }

    /** How far tests have shifted the clock, on top of its start. */
    public Duration shifted() {
        return Duration.ofMillis(shiftMillis.get());
    }

    /** How far the clock is from the real time in all: its start and the tests' shifts. */
    public Duration offset() {
        return Duration.ofMillis(baseMillis + shiftMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset());
    }

    /** To the microsecond, as the database keeps it: a time read back equals the time written. */
    @Override
    public Instant instant() {
        return Instant.now().plusMillis(baseMillis + shiftMillis.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + baseMillis + shiftMillis.get();
    }
}
