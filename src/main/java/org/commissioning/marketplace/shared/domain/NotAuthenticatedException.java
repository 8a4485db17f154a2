package org.commissioning.marketplace.shared.domain;

/** Nobody is signed in, and this needs a signed-in user. */
public class NotAuthenticatedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Sign in to continue.");
    }
}
