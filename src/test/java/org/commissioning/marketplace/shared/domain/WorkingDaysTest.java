package org.commissioning.marketplace.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the bank holidays published on GOV.UK for England and Wales, Scotland and Northern Ireland. */
class WorkingDaysTest {

    /** The adjustments shipped in db/migration/V8 that these years need. */
    static final WorkingDays UK = new WorkingDays(
            dates("2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"),
            dates("2020-05-04", "2022-05-30"));

    @Test
    void easterByTheGregorianRule() {
        assertEquals(LocalDate.parse("2024-03-31"), WorkingDays.easterSunday(2024));
        assertEquals(LocalDate.parse("2025-04-20"), WorkingDays.easterSunday(2025));
        assertEquals(LocalDate.parse("2026-04-05"), WorkingDays.easterSunday(2026));
        assertEquals(LocalDate.parse("2027-03-28"), WorkingDays.easterSunday(2027));
        assertEquals(LocalDate.parse("2038-04-25"), WorkingDays.easterSunday(2038));
    }

    @Test
    void theUnionOfAllThreeJurisdictionsYearByYear() {
        // 2025: St Andrew's Day (Sunday) moves to Monday 1 December; the Boyne (Saturday) to Monday 14 July.
        assertEquals(dates("2025-01-01", "2025-01-02", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
                "2025-07-14", "2025-08-04", "2025-08-25", "2025-12-01", "2025-12-25", "2025-12-26"), UK.holidays(2025));
        // 2026: Boxing Day (Saturday) moves to Monday 28 December; the Boyne (Sunday) to Monday 13 July.
        assertEquals(dates("2026-01-01", "2026-01-02", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                "2026-07-13", "2026-08-03", "2026-08-31", "2026-11-30", "2026-12-25", "2026-12-28"), UK.holidays(2026));
        // 2027: 2 January (Saturday, Scotland) moves to Monday 4 January; Christmas and Boxing Day to 27 and 28 December.
        assertEquals(dates("2027-01-01", "2027-01-04", "2027-03-17", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
                "2027-07-12", "2027-08-02", "2027-08-30", "2027-11-30", "2027-12-27", "2027-12-28"), UK.holidays(2027));
        assertEquals(dates("2024-01-01", "2024-01-02", "2024-03-18", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
                "2024-07-12", "2024-08-05", "2024-08-26", "2024-12-02", "2024-12-25", "2024-12-26"), UK.holidays(2024));
    }

    @Test
    void movedAndOneOffDaysAreConfigured() {
        // 2022: the spring holiday moved to 2 June, the Platinum Jubilee and the State funeral; 1 January a Saturday.
        assertEquals(dates("2022-01-03", "2022-01-04", "2022-03-17", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
                "2022-06-03", "2022-07-12", "2022-08-01", "2022-08-29", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"),
                UK.holidays(2022));
        assertTrue(UK.isWorkingDay(LocalDate.parse("2022-05-30")), "the moved spring holiday's rule day is worked");
        assertFalse(UK.isWorkingDay(LocalDate.parse("2023-05-08")), "the Coronation");
        assertTrue(UK.isWorkingDay(LocalDate.parse("2020-05-04")));
        assertFalse(UK.isWorkingDay(LocalDate.parse("2020-05-08")), "VE Day 75");
        assertTrue(new WorkingDays(Set.of(), Set.of()).isWorkingDay(LocalDate.parse("2023-05-08")),
                "without its configuration the Coronation would have been a working day");
    }

    @Test
    void standstillIsEightWorkingDaysBeginningWithTheDayOfTheNotice() {
        // Christmas: Thursday 18 December 2025 is day 1; 25 and 26 December do not count; ends at midnight after 31 December.
        assertEquals(uk("2026-01-01T00:00"), UK.standstillEnd(uk("2025-12-18T10:00"), 8));
        // Easter: Good Friday and Easter Monday do not count.
        assertEquals(uk("2026-04-15T00:00"), UK.standstillEnd(uk("2026-04-01T09:00"), 8));
        // 12 July (Northern Ireland) counts as a bank holiday for the whole UK.
        assertEquals(uk("2027-07-22T00:00"), UK.standstillEnd(uk("2027-07-09T16:30"), 8));
        // Published on a Saturday: day 1 is the Monday.
        assertEquals(uk("2026-12-17T00:00"), UK.standstillEnd(uk("2026-12-05T11:00"), 8));
        // The Coronation (8 May 2023) is skipped.
        assertEquals(uk("2023-05-17T00:00"), UK.standstillEnd(uk("2023-05-04T12:00"), 8));
        // Ten working days when the tender says so; just before midnight UK time is still that day.
        assertEquals(uk("2026-01-07T00:00"), UK.standstillEnd(uk("2025-12-18T23:59"), 10), "2 January is a Scottish holiday");
        assertEquals(LocalDate.parse("2025-12-31"), UK.lastDayOf(LocalDate.parse("2025-12-18"), 8));
    }

    private static Instant uk(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), UkTime.ZONE).toInstant();
    }

    private static Set<LocalDate> dates(String... days) {
        return Stream.of(days).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

}
