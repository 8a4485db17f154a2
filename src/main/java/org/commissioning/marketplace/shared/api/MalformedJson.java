package org.commissioning.marketplace.shared.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what JSON binding said about a body it could not bind, and says it in plain English,
 * naming the field: a wrong type ({@code "planningYear": "twenty"}), an unknown value of a list
 * of choices (with the values allowed), a date that is not a date. Nothing of the server's
 * internals is passed on.
 */
public final class MalformedJson {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]*)");
    private static final Pattern PARSING = Pattern.compile("Error parsing class java\\.time\\.(\\w+) from value: ([^.]*)");

    private MalformedJson() {
    }

    /**
     * Binds a JSON body that a resource reads itself: what does not bind is refused as the JSON
     * bodies JAX-RS binds are, naming the field.
     */
    public static <T> T bind(jakarta.json.bind.Jsonb jsonb, String body, Class<T> type) {
        try {
            return jsonb.fromJson(body, type);
        } catch (jakarta.json.bind.JsonbException e) {
            throw refusal(e, body);
        }
    }

    /** The 400 for a body that did not bind, naming its field; the failure itself when nothing names one. */
    static RuntimeException refusal(RuntimeException e, String body) {
        List<Problem.FieldError> fields = fieldErrors(e, body);
        if (fields.isEmpty()) {
            return e;
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        fields.forEach(f -> errors.put(f.field(), f.message()));
        return new org.commissioning.marketplace.shared.domain.InvalidInputException(errors);
    }

    /** The field errors, or an empty list when nothing names a field. */
    static List<Problem.FieldError> fieldErrors(Throwable thrown) {
        return fieldErrors(thrown, null);
    }

    /**
     * The field errors; with the request body, a bad value of a list of choices is found in it by
     * value (JSON-B does not name the property then).
     */
    static List<Problem.FieldError> fieldErrors(Throwable thrown, String body) {
        List<String> messages = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t.getMessage() != null) {
                messages.add(t.getMessage());
            }
        }
        List<String> path = new ArrayList<>();
        for (String m : messages) {
            Matcher p = PROPERTY.matcher(m);
            while (p.find()) {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(p.group(1))) {
                    path.add(p.group(1));
                }
            }
        }
        String field = String.join(".", path);
        if (body != null) {
            for (String m : messages) {
                Matcher e = ENUM.matcher(m);
                if (e.find()) {
                    String found = pathOf(body, e.group(2));
                    if (found != null) {
                        field = found;
                    }
                    break;
                }
            }
        }
        if (field.isEmpty()) {
            return List.of();
        }
        return List.of(new Problem.FieldError(field, explain(field, messages)));
    }

    /** Where in the JSON a string value stands: {@code category}, {@code lots[0].needLevel}; null when nowhere. */
    static String pathOf(String body, String value) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return find(reader.readValue(), value, "");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String find(jakarta.json.JsonValue node, String value, String at) {
        if (node instanceof jakarta.json.JsonString s) {
            return s.getString().equals(value) ? at : null;
        }
        if (node instanceof jakarta.json.JsonObject o) {
            for (var entry : o.entrySet()) {
                String found = find(entry.getValue(), value, at.isEmpty() ? entry.getKey() : at + "." + entry.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        if (node instanceof jakarta.json.JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                String found = find(a.get(i), value, at + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String explain(String field, List<String> messages) {
        for (String m : messages) {
            Matcher e = ENUM.matcher(m);
            if (e.find()) {
                String allowed = allowedValues(e.group(1));
                return "'" + e.group(2) + "' is not one of the values " + field + " takes"
                        + (allowed.isEmpty() ? "." : ": " + allowed + ".");
            }
            Matcher d = PARSING.matcher(m);
            if (d.find()) {
                return switch (d.group(1)) {
                    case "LocalDate" -> "'" + d.group(2) + "' is not a date: give it as YYYY-MM-DD, such as 2027-04-01.";
                    case "Instant", "OffsetDateTime", "ZonedDateTime" -> "'" + d.group(2)
                            + "' is not a date and time: give it as ISO-8601 with an offset, such as 2027-04-01T17:00:00Z.";
                    default -> "'" + d.group(2) + "' is not a valid " + d.group(1) + ".";
                };
            }
            if (m.contains("For input string") || m.contains("NumberFormatException") || m.contains("Character to Number")
                    || m.contains("not a number") || m.toLowerCase().contains("cannot be deserialized to number")) {
                return field + " must be a number.";
            }
        }
        for (String m : messages) {
            if (m.contains("Boolean") || m.contains("boolean")) {
                return field + " must be true or false.";
            }
            if (m.contains("JsonArray") || m.contains("Collection") || m.contains("List")) {
                return field + " must be a list ([...]).";
            }
            if (m.contains("JsonObject") || m.contains("Map")) {
                return field + " must be an object ({...}).";
            }
        }
        return field + " is not of the expected type.";
    }

    /** The constants of an enum of the marketplace's own, by name; nothing for anything else. */
    static String allowedValues(String className) {
        if (!className.startsWith("org.commissioning.marketplace.")) {
            return "";
        }
        try {
            Class<?> type = Class.forName(className, false, MalformedJson.class.getClassLoader());
            Object[] constants = type.getEnumConstants();
            return constants == null ? "" : Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        } catch (ClassNotFoundException e) {
            return "";
        }
    }
}
