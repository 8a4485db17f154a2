package org.commissioning.marketplace.shared.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days as the Procurement Act 2023 defines them: not a Saturday or Sunday, not Christmas
 * Day or Good Friday, and not a bank holiday in any part of the United Kingdom - England and
 * Wales, Scotland or Northern Ireland, substitute days included. Holidays come from the rules of
 * each jurisdiction plus configured adjustments: one-off days added (a jubilee, a coronation) and
 * rule days removed (when a holiday was moved, the moved-to day is added and the rule day removed).
 */
public final class WorkingDays {

    private final Set<LocalDate> added;
    private final Set<LocalDate> removed;

    public WorkingDays(Collection<LocalDate> added, Collection<LocalDate> removed) {
        this.added = Set.copyOf(added);
        this.removed = Set.copyOf(removed);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || added.contains(day) || (holidaysByRule(day.getYear()).contains(day) && !removed.contains(day)));
    }

    /** Every UK non-working weekday of a year: the rule days of all three jurisdictions, adjusted. */
    public Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new TreeSet<>(holidaysByRule(year));
        days.removeAll(removed);
        added.stream().filter(d -> d.getYear() == year).forEach(days::add);
        days.removeIf(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        return days;
    }

    /**
     * The last day of a period of {@code days} working days beginning with {@code first} (day 1
     * when it is a working day, otherwise the next working day is).
     */
    public LocalDate lastDayOf(LocalDate first, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A period has at least one working day.");
        }
        LocalDate day = first;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day)) {
                counted++;
                if (counted == days) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    /**
     * When a standstill of {@code days} working days that begins with a notice published at
     * {@code published} ends: midnight (UK time) at the end of its last working day.
     */
    public Instant standstillEnd(Instant published, int days) {
        LocalDate first = published.atZone(UkTime.ZONE).toLocalDate();
        return lastDayOf(first, days).plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
    }

    /** Bank holidays of England and Wales, Scotland and Northern Ireland by rule, with substitutes. */
    static Set<LocalDate> holidaysByRule(int year) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));                                  // Good Friday (UK-wide)
        days.add(easter.plusDays(1));                                   // Easter Monday (E&W, NI)
        days.add(firstMonday(year, Month.MAY));                          // early May
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))); // spring
        days.add(firstMonday(year, Month.AUGUST));                       // summer (Scotland)
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))); // summer (E&W, NI)
        days.add(nextWeekday(LocalDate.of(year, Month.MARCH, 17)));      // St Patrick's Day (NI)
        days.add(nextWeekday(LocalDate.of(year, Month.JULY, 12)));       // Battle of the Boyne (NI)
        days.add(nextWeekday(LocalDate.of(year, Month.NOVEMBER, 30)));   // St Andrew's Day (Scotland)
        days.addAll(pair(newYear));                                      // 1 and 2 January (2 January: Scotland)
        days.addAll(pair(LocalDate.of(year, Month.DECEMBER, 25)));       // Christmas and Boxing Day
        return days;
    }

    /**
     * Two consecutive holidays (1-2 January, 25-26 December) with their substitutes: a day falling
     * on a weekend moves to the next weekday not already taken.
     */
    private static Set<LocalDate> pair(LocalDate first) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate day : new LocalDate[]{first, first.plusDays(1)}) {
            LocalDate observed = day;
            while (observed.getDayOfWeek() == DayOfWeek.SATURDAY || observed.getDayOfWeek() == DayOfWeek.SUNDAY
                    || days.contains(observed)) {
                observed = observed.plusDays(1);
            }
            days.add(observed);
        }
        days.add(first);
        days.add(first.plusDays(1));
        return days;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
