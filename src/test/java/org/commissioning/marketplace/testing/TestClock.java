package org.commissioning.marketplace.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The tests' idea of "now": the same clock the deployed marketplace starts with. Without the clock
 * switch it is the real time; with it ({@code MARKETPLACE_CLOCK_START}, or
 * {@code -Dmarketplace.clock-start}, an ISO-8601 instant) every Payara Micro of the run and the
 * tests read the start instant at the moment the test run began, and run on from there.
 * Tests never read the real date: expected values come from here, or from the server's clock
 * after a shift ({@link #serverNow}).
 */
public final class TestClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private TestClock() {
    }

    /** The switch as given to this run, or null when it is off. */
    static String configuredStart() {
        String start = System.getProperty("marketplace.clock-start");
        if (start == null || start.isBlank()) {
            start = System.getenv("MARKETPLACE_CLOCK_START");
        }
        return start == null || start.isBlank() ? null : start.strip();
    }

    /** The real instant at which the started clock reads its start (set once per test run). */
    static void anchor(String start, Instant anchor) {
        System.setProperty("it.clock.start", start == null ? "" : start);
        System.setProperty("it.clock.anchor", start == null ? "" : anchor.toString());
    }

    private static Duration offset() {
        String start = System.getProperty("it.clock.start", "");
        if (start.isBlank()) {
            String configured = configuredStart();
            if (configured == null) {
                return Duration.ZERO;
            }
            // Outside a failsafe run (no TestServices): anchor now, once.
            synchronized (TestClock.class) {
                if (System.getProperty("it.clock.start", "").isBlank()) {
                    anchor(configured, Instant.now());
                }
            }
            start = System.getProperty("it.clock.start");
        }
        return Duration.between(Instant.parse(System.getProperty("it.clock.anchor")), OffsetDateTime.parse(start).toInstant());
    }

    public static Instant now() {
        return Instant.now().plus(offset());
    }

    /** Today in the UK, by the marketplace's clock. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), UK);
    }

    /** The Monday of the week that holds the given day. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The start of a framework term in tests: the first 1 April at least four months after today
     * (so bids, evaluation and standstill fit before it on any day).
     */
    public static LocalDate termStart() {
        LocalDate earliest = today().plusMonths(4);
        LocalDate april = LocalDate.of(earliest.getYear(), 4, 1);
        return april.isBefore(earliest) ? april.plusYears(1) : april;
    }

    /** 1 April, {@code years} after {@link #termStart}. */
    public static String april(int years) {
        return termStart().plusYears(years).toString();
    }

    /** 31 March, the end of a term of {@code years} from {@link #termStart}. */
    public static String march31(int years) {
        return termStart().plusYears(years).minusDays(1).toString();
    }

    /** A planned award date a month before {@link #termStart}. */
    public static String plannedAward() {
        return termStart().minusMonths(1).toString();
    }

    /** The server's clock, as its test-support answer gives it ({@code now}). */
    public static Instant serverNow(Api admin) {
        return Instant.parse(admin.get("api/test-support/clock").json().getString("now"));
    }
}
