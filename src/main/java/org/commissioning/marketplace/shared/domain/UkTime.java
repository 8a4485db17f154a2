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

    private UkTime() {
    }

    /** For example "5:00pm, Friday 6 March 2026 (UK time)". */
    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant.atZone(ZONE)).replace("AM", "am").replace("PM", "pm") + " (UK time)";
    }
}
