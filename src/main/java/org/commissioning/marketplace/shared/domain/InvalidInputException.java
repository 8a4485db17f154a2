package org.commissioning.marketplace.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input was refused; nothing was changed. Carries one plain-English message per field,
 * keyed by the field's name in the request (and the id of its input on the page).
 */
public class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(fieldErrors.isEmpty() ? "The input is not valid." : fieldErrors.values().iterator().next());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
