package org.commissioning.marketplace.shared.domain;

/**
 * The request is well formed but cannot be taken as it stands: for example an idempotency key
 * reused with another request (HTTP 422).
 */
public class UnprocessableException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public UnprocessableException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
