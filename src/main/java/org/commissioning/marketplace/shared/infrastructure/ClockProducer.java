package org.commissioning.marketplace.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one clock every service reads time from. It is the system clock, unless the clock switch
 * {@code marketplace.clock-start} (MARKETPLACE_CLOCK_START, an ISO-8601 instant such as
 * {@code 2027-03-28T00:30:00Z} or {@code 2027-03-28T00:30:00+00:00}) starts it at another instant
 * when the application starts (or, with {@code marketplace.clock-anchor}, at the given real instant,
 * so that several processes share one clock). With test support on
 * (marketplace.test-support=true, never in production) tests can also shift it to make deadlines pass.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    private ShiftableClock clock;

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig();
        Optional<Instant> start = config.getOptionalValue("marketplace.clock-start", String.class)
                .filter(s -> !s.isBlank()).map(s -> parse("marketplace.clock-start", s));
        if (start.isPresent()) {
            Instant anchor = config.getOptionalValue("marketplace.clock-anchor", String.class)
                    .filter(s -> !s.isBlank()).map(s -> parse("marketplace.clock-anchor", s)).orElseGet(Instant::now);
            clock = ShiftableClock.startingAt(start.get(), anchor);
            LOG.warning("The clock switch is on: the marketplace's clock read " + start.get() + " at " + anchor
                    + " (real time) and runs on from there. Never in production.");
        } else {
            clock = new ShiftableClock();
        }
    }

    static Instant parse(String key, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 instant with an offset, such as "
                    + "2027-03-28T00:30:00Z; it is '" + value + "'.", e);
        }
    }

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
