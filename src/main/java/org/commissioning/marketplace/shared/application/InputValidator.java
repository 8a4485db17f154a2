package org.commissioning.marketplace.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a command against its Bean Validation constraints and refuses it, with one message per
 * field, before anything is changed. Application services call this first.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T check(T command) {
        if (command == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidInputException(errors);
        }
        return command;
    }
}
