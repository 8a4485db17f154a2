package org.commissioning.marketplace.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query or path parameter that could not be read as its type: JAX-RS answers 404 for a query
 * parameter (as if the address did not exist); the marketplace answers 400 naming the parameter,
 * with the values allowed for a choice.
 */
final class QueryParameters {

    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]*)");

    private QueryParameters() {
    }

    static Response problem(WebApplicationException e) {
        String name = parameterName(e);
        String message = name + " is not of the expected type.";
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            Matcher enumMatch = ENUM.matcher(m);
            if (enumMatch.find()) {
                String allowed = MalformedJson.allowedValues(enumMatch.group(1));
                message = "'" + enumMatch.group(2) + "' is not one of the values " + name + " takes"
                        + (allowed.isEmpty() ? "." : ": " + allowed + ".");
                break;
            }
            if (t instanceof NumberFormatException) {
                message = name + " must be a whole number.";
                break;
            }
            if (t instanceof java.time.format.DateTimeParseException) {
                message = name + " must be a date as YYYY-MM-DD.";
                break;
            }
        }
        return Problem.response(Response.Status.BAD_REQUEST, "There is a problem with the input", message,
                List.of(new Problem.FieldError(name, message)));
    }

    /** Jersey's ParamException names the parameter; read through its public method. */
    private static String parameterName(WebApplicationException e) {
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name == null ? "parameter" : name.toString();
        } catch (ReflectiveOperationException notJersey) {
            return "parameter";
        }
    }
}
