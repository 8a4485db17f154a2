package org.commissioning.marketplace.shared.domain;

/** The record changed since the caller read it, or the request clashes with existing data. */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
