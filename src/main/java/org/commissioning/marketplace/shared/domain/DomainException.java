package org.commissioning.marketplace.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Root of every error the marketplace reports to a user. The message is plain English, fit to
 * show on a page or in a problem response. Rolls back the transaction it is thrown from.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
