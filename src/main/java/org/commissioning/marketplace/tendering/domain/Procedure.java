package org.commissioning.marketplace.tendering.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How the hub goes to market, all under the Procurement Act 2023 light-touch regime, with the
 * Act's limits on terms where they apply (DOMAIN.md):
 * <ul>
 * <li>framework: s.47's 4-year maximum does not apply to light-touch frameworks, so only an end
 *     date after the start is required;</li>
 * <li>open framework (s.49): at most 8 years in all, reopened at least once within the first 3
 *     years and then at least every 5 years;</li>
 * <li>dynamic market (ss.35-39): no time limit; an end date is optional.</li>
 * </ul>
 */
public enum Procedure {
    FRAMEWORK("Framework", "withReopeningCompetition"),
    OPEN_FRAMEWORK("Open framework", "withReopeningCompetition"),
    DYNAMIC_MARKET("Dynamic market", null);

    static final Period OPEN_FRAMEWORK_MAXIMUM = Period.ofYears(8);
    static final Period FIRST_REOPENING_WITHIN = Period.ofYears(3);
    static final Period LATER_REOPENINGS_WITHIN = Period.ofYears(5);

    private final String label;
    private final String ocdsFrameworkMethod;

    Procedure(String label, String ocdsFrameworkMethod) {
        this.label = label;
        this.ocdsFrameworkMethod = ocdsFrameworkMethod;
    }

    public String label() {
        return label;
    }

    public String ocdsFrameworkMethod() {
        return ocdsFrameworkMethod;
    }

    public boolean isFramework() {
        return this != DYNAMIC_MARKET;
    }

    /** Problems with the term, in plain English; empty when it is lawful. */
    public List<String> termProblems(LocalDate start, LocalDate end, List<LocalDate> reopenings) {
        List<String> problems = new ArrayList<>();
        if (start == null) {
            problems.add("Enter the date the term starts.");
            return problems;
        }
        if (end != null && !end.isAfter(start)) {
            problems.add("The term must end after it starts.");
            return problems;
        }
        switch (this) {
            case FRAMEWORK -> {
                if (end == null) {
                    problems.add("Enter the date the framework ends.");
                }
            }
            case OPEN_FRAMEWORK -> {
                if (end == null) {
                    problems.add("Enter the date the open framework ends.");
                } else if (end.isAfter(start.plus(OPEN_FRAMEWORK_MAXIMUM))) {
                    problems.add("An open framework may last at most 8 years in all (Procurement Act 2023 s.49).");
                }
                List<LocalDate> dates = reopenings == null ? List.of() : reopenings.stream().sorted().toList();
                if (dates.isEmpty() || dates.get(0).isAfter(start.plus(FIRST_REOPENING_WITHIN))) {
                    problems.add("An open framework must reopen at least once within its first 3 years (s.49).");
                }
                for (int i = 1; i < dates.size(); i++) {
                    if (dates.get(i).isAfter(dates.get(i - 1).plus(LATER_REOPENINGS_WITHIN))) {
                        problems.add("After the first reopening, an open framework must reopen at least every 5 years (s.49).");
                        break;
                    }
                }
                if (!dates.isEmpty() && end != null) {
                    LocalDate last = dates.get(dates.size() - 1);
                    if (!last.isAfter(start) || !last.isBefore(end)) {
                        problems.add("Reopening dates must fall within the term.");
                    } else if (end.isAfter(last.plus(LATER_REOPENINGS_WITHIN))) {
                        problems.add("An open framework must reopen at least every 5 years until it ends (s.49).");
                    }
                }
            }
            case DYNAMIC_MARKET -> {
                // no time limit (ss.35-39)
            }
        }
        return problems;
    }
}
