package org.commissioning.marketplace.party.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.OfstedRecord;
import org.commissioning.marketplace.party.domain.ProviderSetting;
import org.commissioning.marketplace.party.domain.RegistrationStatus;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Ofsted's published provider-level data for children's social care (one header row, then
 * a line per setting), in the layout of Ofsted's management information: the columns read are
 * {@link #URN}, {@link #REGISTRATION}, {@link #INSPECTION_DATE} and {@link #JUDGEMENT}; the others
 * (provider type, local authority, places...) are ignored. Dates as Ofsted writes them
 * (31/03/2026) or as ISO dates. Every malformed line is reported with its line number, and a file
 * with any is refused whole.
 */
public final class OfstedCsv {

    public static final String URN = "URN";
    public static final String REGISTRATION = "Registration status";
    public static final String INSPECTION_DATE = "Latest full inspection date";
    public static final String JUDGEMENT = "Overall experiences and progress of children and young people";
    static final List<String> REQUIRED = List.of(URN, REGISTRATION, INSPECTION_DATE, JUDGEMENT);
    public static final int MAX_ROWS = 50_000;
    private static final int MAX_REPORTED = 100;
    private static final DateTimeFormatter OFSTED_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private OfstedCsv() {
    }

    /** Every line of the file, or every malformed line's problem (keyed "line N"). */
    public static List<OfstedRecord> parse(Reader csv, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<OfstedRecord> records = new ArrayList<>();
        Map<String, Integer> lineOfUrn = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get().parse(csv)) {
            Map<String, String> columns = new HashMap<>();
            parser.getHeaderMap().keySet().forEach(h -> columns.put(h.replace("\uFEFF", "").strip().toLowerCase(Locale.UK), h));
            List<String> missing = REQUIRED.stream().filter(h -> !columns.containsKey(h.toLowerCase(Locale.UK))).toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("line 1", "The header row must name Ofsted's columns " + String.join(", ", REQUIRED)
                        + ". Missing: " + String.join(", ", missing) + ".");
            }
            for (CSVRecord row : parser) {
                int line = (int) row.getRecordNumber() + 1;
                if (records.size() + errors.size() >= MAX_ROWS) {
                    errors.put("line " + line, "A file may hold at most " + MAX_ROWS + " settings.");
                    break;
                }
                Map<String, String> problems = new LinkedHashMap<>();
                OfstedRecord record = row(row, line, columns, today, problems);
                if (record != null) {
                    Integer earlier = lineOfUrn.putIfAbsent(record.urn(), line);
                    if (earlier != null) {
                        problems.put(URN, "URN " + record.urn() + " is also on line " + earlier + ".");
                    }
                }
                if (!problems.isEmpty()) {
                    if (errors.size() < MAX_REPORTED) {
                        errors.put("line " + line, String.join(" ", problems.values()));
                    }
                } else {
                    records.add(record);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("file", "The file could not be read as CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InvalidInputException.of("file", "The file could not be read as CSV: " + e.getCause().getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (records.isEmpty()) {
            throw InvalidInputException.of("file", "The file has no settings under its header row.");
        }
        return records;
    }

    private static OfstedRecord row(CSVRecord row, int line, Map<String, String> columns, LocalDate today,
                                    Map<String, String> problems) {
        String urn = value(row, columns, URN).toUpperCase(Locale.UK);
        if (!ProviderSetting.OFSTED_URN.matcher(urn).matches()) {
            problems.put(URN, "URN '" + urn + "' is not an Ofsted URN like SC123456 or 123456.");
        }
        String registrationText = value(row, columns, REGISTRATION);
        RegistrationStatus registration = RegistrationStatus.parse(registrationText).orElse(null);
        if (registration == null) {
            problems.put(REGISTRATION, REGISTRATION + " '" + registrationText + "' is not one of Active, Suspended, Resigned, Cancelled.");
        }
        String judgementText = value(row, columns, JUDGEMENT);
        OfstedJudgement judgement = judgement(judgementText);
        if (judgement == null && !judgementText.isEmpty()) {
            problems.put(JUDGEMENT, "The judgement '" + judgementText
                    + "' is not one of Outstanding, Good, Requires improvement to be good, Inadequate (or empty when not inspected).");
        }
        String dateText = value(row, columns, INSPECTION_DATE);
        LocalDate date = null;
        if (!dateText.isEmpty()) {
            date = date(dateText);
            if (date == null) {
                problems.put(INSPECTION_DATE, INSPECTION_DATE + " '" + dateText + "' is not a date like 31/03/2026.");
            } else if (date.isAfter(today)) {
                problems.put(INSPECTION_DATE, INSPECTION_DATE + " " + dateText + " is in the future.");
            }
        }
        boolean judged = judgement != null && judgement != OfstedJudgement.NOT_YET_INSPECTED;
        if (judged && dateText.isEmpty()) {
            problems.put(INSPECTION_DATE, "A judgement needs the date of the inspection that gave it.");
        }
        boolean notInspected = judgement == null ? judgementText.isEmpty() : judgement == OfstedJudgement.NOT_YET_INSPECTED;
        if (notInspected && !dateText.isEmpty()) {
            problems.put(JUDGEMENT, "An inspection date needs the judgement it gave.");
        }
        return problems.isEmpty() ? new OfstedRecord(line, urn, registration, judged ? judgement : null, judged ? date : null) : null;
    }

    private static OfstedJudgement judgement(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equalsIgnoreCase("Requires improvement")) {
            return OfstedJudgement.REQUIRES_IMPROVEMENT;
        }
        for (OfstedJudgement j : OfstedJudgement.values()) {
            if (j.label().equalsIgnoreCase(text) || j.name().equalsIgnoreCase(text)) {
                return j;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, OFSTED_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String value(CSVRecord row, Map<String, String> columns, String column) {
        String header = columns.get(column.toLowerCase(Locale.UK));
        return row.isMapped(header) && row.isSet(header) ? row.get(header).strip() : "";
    }
}
