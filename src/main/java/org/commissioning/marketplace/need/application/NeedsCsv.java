package org.commissioning.marketplace.need.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commissioning.marketplace.need.domain.AgeBand;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.need.domain.NeedLineSpec;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads councils' needs from CSV: one header row, then one line of need per row. Every bad row is
 * reported with its line number and reason, and a file with any bad row is refused whole.
 */
public final class NeedsCsv {

    public static final List<String> HEADERS = List.of("category", "need_level", "age_band", "sub_region",
            "placements", "weeks", "baseline_weekly_fee");
    public static final int MAX_ROWS = 5_000;
    private static final int MAX_REPORTED = 100;

    private NeedsCsv() {
    }

    /** A template with the header and two example rows, using the round's first sub-region. */
    public static String template(List<String> subRegions) {
        String sub = subRegions.isEmpty() ? "Greater Manchester" : subRegions.get(0);
        return String.join(",", HEADERS) + "\r\n"
                + "FOSTERING_STANDARD,STANDARD,AGE_5_TO_10," + quote(sub) + ",12,40,950.00\r\n"
                + "RESIDENTIAL_SOLO,HIGHLY_COMPLEX,AGE_11_TO_15," + quote(sub) + ",2,52,7800.00\r\n";
    }

    /**
     * Parses every row; {@code subRegionCheck} answers the round's spelling of a sub-region, or
     * empty when the round has no such sub-region.
     */
    public static List<NeedLineSpec> parse(Reader csv, Function<String, Optional<String>> subRegionCheck) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<NeedLineSpec> specs = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get().parse(csv)) {
            List<String> missing = HEADERS.stream()
                    .filter(h -> parser.getHeaderMap().keySet().stream().noneMatch(k -> k.equalsIgnoreCase(h)))
                    .toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("line 1", "The header row must name the columns "
                        + String.join(", ", HEADERS) + ". Missing: " + String.join(", ", missing) + ".");
            }
            for (CSVRecord row : parser) {
                String line = "line " + (row.getRecordNumber() + 1);
                if (specs.size() + errors.size() >= MAX_ROWS) {
                    errors.put(line, "A file may hold at most " + MAX_ROWS + " lines of need.");
                    break;
                }
                try {
                    NeedLineSpec spec = row(row, subRegionCheck);
                    String key = spec.category() + "|" + spec.needLevel() + "|" + spec.ageBand() + "|"
                            + spec.subRegion().toLowerCase(Locale.UK);
                    if (specs.stream().anyMatch(s -> (s.category() + "|" + s.needLevel() + "|" + s.ageBand() + "|"
                            + s.subRegion().toLowerCase(Locale.UK)).equals(key))) {
                        errors.put(line, "The same category, need level, age band and sub-region appear on an earlier line.");
                    } else {
                        specs.add(spec);
                    }
                } catch (InvalidInputException e) {
                    if (errors.size() < MAX_REPORTED) {
                        errors.put(line, String.join(" ", e.fieldErrors().values()));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("file", "The file could not be read as CSV: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw InvalidInputException.of("file", "The file could not be read as CSV: " + e.getCause().getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (specs.isEmpty()) {
            throw InvalidInputException.of("file", "The file has no lines of need under its header row.");
        }
        return specs;
    }

    private static NeedLineSpec row(CSVRecord row, Function<String, Optional<String>> subRegionCheck) {
        Map<String, String> problems = new LinkedHashMap<>();
        ServiceCategory category = choice(ServiceCategory.class, value(row, "category"), "category",
                ServiceCategory::label, problems);
        NeedLevel level = choice(NeedLevel.class, value(row, "need_level"), "need_level", NeedLevel::label, problems);
        AgeBand band = choice(AgeBand.class, value(row, "age_band"), "age_band", AgeBand::label, problems);
        String subRegion = value(row, "sub_region");
        Optional<String> canonical = subRegionCheck.apply(subRegion);
        if (canonical.isEmpty()) {
            problems.put("sub_region", "sub_region '" + subRegion + "' is not one of this round's sub-regions.");
        }
        Integer placements = whole(value(row, "placements"), "placements", problems);
        Integer weeks = whole(value(row, "weeks"), "weeks", problems);
        BigDecimal fee = money(value(row, "baseline_weekly_fee"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NeedLineSpec(category, level, band, canonical.get(), placements, weeks, fee);
    }

    private static String value(CSVRecord row, String header) {
        return row.isMapped(header) && row.isSet(header) ? row.get(header) : "";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String column,
                                                Function<E, String> label, Map<String, String> problems) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value) || label.apply(e).equalsIgnoreCase(value)) {
                return e;
            }
        }
        problems.put(column, column + " '" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        return null;
    }

    private static Integer whole(String value, String column, Map<String, String> problems) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.put(column, column + " '" + value + "' is not a whole number.");
            return null;
        }
    }

    private static BigDecimal money(String value, Map<String, String> problems) {
        try {
            return new BigDecimal(value.replace("£", "").replace(",", ""));
        } catch (NumberFormatException e) {
            problems.put("baseline_weekly_fee", "baseline_weekly_fee '" + value + "' is not an amount in pounds, like 950.00.");
            return null;
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
