package org.commissioning.marketplace.shared.application;

import org.commissioning.marketplace.shared.domain.InvalidInputException;

/** A page of a long list: zero-based page number and size (at most 200 rows). */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw InvalidInputException.of("page", "Page numbers start at 0.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "Page size must be between 1 and " + MAX_SIZE + ".");
        }
    }

    public int offset() {
        return page * size;
    }
}
