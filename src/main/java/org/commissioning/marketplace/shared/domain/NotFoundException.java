package org.commissioning.marketplace.shared.domain;

/** The record does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
