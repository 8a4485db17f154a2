package org.commissioning.marketplace.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.time.Instant;

/** Pages show instants in UK time through this: {@code #{ukTime.full(i)}} or {@code #{ukTime.compact(i)}}. */
@Named("ukTime")
@ApplicationScoped
public class UkTimeFormat {

    public String full(Instant instant) {
        return UkTime.format(instant);
    }

    public String date(java.time.LocalDate date) {
        return UkTime.date(date);
    }

    public String compact(Instant instant) {
        return UkTime.compact(instant);
    }
}
