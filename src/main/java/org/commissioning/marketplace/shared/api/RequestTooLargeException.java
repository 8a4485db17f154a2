package org.commissioning.marketplace.shared.api;

import java.io.IOException;

/** A request body beyond the size its kind may have (HTTP 413). */
public class RequestTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(String message) {
        super(message);
    }
}
