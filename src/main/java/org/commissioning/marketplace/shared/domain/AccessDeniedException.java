package org.commissioning.marketplace.shared.domain;

/** The caller is known but their role or organisation does not allow this. */
public class AccessDeniedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
