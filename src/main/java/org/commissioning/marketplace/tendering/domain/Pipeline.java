package org.commissioning.marketplace.tendering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * The pipeline notice's rules (Procurement Act 2023 s.93, UK1): a contracting authority that
 * expects to pay more than £100 million under public contracts in a financial year publishes,
 * within 56 days of the year's first day, the procurements over £2 million it plans to award in
 * the 18 months from that day. A hub lists every procurement it plans to award in that window and
 * says which of them the Act obliges it to list.
 */
public final class Pipeline {

    /** The value over its term above which a planned procurement must be listed. */
    public static final BigDecimal LISTING_THRESHOLD = new BigDecimal("2000000.00");
    /** The expected payments in the year above which the notice is required. */
    public static final BigDecimal SPEND_THRESHOLD = new BigDecimal("100000000.00");
    static final int NOTICE_DAYS = 56;
    static final int WINDOW_MONTHS = 18;

    private Pipeline() {
    }

    /** A financial year, 1 April to 31 March, named by the year it starts in. */
    public record FinancialYear(int startYear) {

        public static FinancialYear of(LocalDate day) {
            return new FinancialYear(day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1);
        }

        public LocalDate firstDay() {
            return LocalDate.of(startYear, Month.APRIL, 1);
        }

        public LocalDate lastDay() {
            return LocalDate.of(startYear + 1, Month.MARCH, 31);
        }

        /** The last day of the 56 days, beginning with the year's first day, within which the notice is published. */
        public LocalDate noticeDueBy() {
            return firstDay().plusDays(NOTICE_DAYS - 1);
        }

        /** The first day after the 18 months the notice looks ahead over. */
        public LocalDate windowEnd() {
            return firstDay().plusMonths(WINDOW_MONTHS);
        }

        /** For example "2026 to 2027". */
        public String label() {
            return startYear + " to " + (startYear + 1);
        }
    }

    /** Whether a procurement planned for award on this day falls in the year's 18-month window. */
    public static boolean inWindow(FinancialYear year, LocalDate plannedAward) {
        return plannedAward != null && !plannedAward.isBefore(year.firstDay()) && plannedAward.isBefore(year.windowEnd());
    }

    /**
     * The estimated value of a framework or market over its term, from its estimated value a year:
     * by the term's months when it has an end; a year's value when it has none (a dynamic market
     * without a set end).
     */
    public static BigDecimal valueOverTerm(BigDecimal valueAYear, LocalDate termStart, LocalDate termEnd) {
        if (termEnd == null || termStart == null) {
            return valueAYear.setScale(2, RoundingMode.HALF_UP);
        }
        long months = ChronoUnit.MONTHS.between(termStart, termEnd.plusDays(1));
        return valueAYear.multiply(BigDecimal.valueOf(Math.max(months, 1))).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    public static boolean mustBeListed(BigDecimal valueOverTerm) {
        return valueOverTerm.compareTo(LISTING_THRESHOLD) > 0;
    }

    /** Published, due (until the 56th day), overdue after it, or not yet due before the year starts. */
    public enum State {
        PUBLISHED("Published"), NOT_YET_DUE("Not yet due"), DUE("Due"), OVERDUE("Overdue");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static State state(FinancialYear year, Instant publishedAt, LocalDate today) {
        if (publishedAt != null) {
            return State.PUBLISHED;
        }
        if (today.isBefore(year.firstDay())) {
            return State.NOT_YET_DUE;
        }
        return today.isAfter(year.noticeDueBy()) ? State.OVERDUE : State.DUE;
    }
}
