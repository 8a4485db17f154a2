package org.commissioning.marketplace.shared.domain;

/** A lifecycle refused a move that its transition table does not list. */
public class InvalidTransitionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidTransitionException(String message) {
        super(message);
    }
}
