package org.commissioning.marketplace.shared.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants are stored in UTC and shown in UK time, the way GOV.UK services write them. */
public final class UkTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("h:mma, EEEE d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private UkTime() {
    }

    /** For example "6 March 2026". */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** For tables, for example "6 Mar 2026, 17:00:05". */
    public static String compact(Instant instant) {
        return instant == null ? "" : COMPACT.format(instant.atZone(ZONE));
    }

    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("HH:mm:ss.SSS, EEEE d MMMM yyyy", Locale.UK);

    /** To the millisecond, for receipts: "16:59:59.873, Friday 6 March 2026 (UK time)". */
    public static String formatPrecise(Instant instant) {
        return instant == null ? "" : PRECISE.format(instant.atZone(ZONE)) + " (UK time)";
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /**
     * A period's end that falls at midnight reads as the end of the day before: "midnight at the
     * end of Monday 14 December 2026 (UK time)", never "12:00am, Tuesday ...".
     */
    public static String periodEnd(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(ZONE);
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? "midnight at the end of " + DAY.format(local.minusDays(1)) + " (UK time)"
                : format(instant);
    }

    /** For example "5:00pm, Friday 6 March 2026 (UK time)". */
    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant.atZone(ZONE)).replace("AM", "am").replace("PM", "pm") + " (UK time)";
    }
}
