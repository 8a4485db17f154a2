package org.commissioning.marketplace.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each field in error with its message.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String title, String detail, List<FieldError> errors) {
        return response(status.getStatusCode(), title, detail, errors);
    }

    /** For codes that Response.Status does not name (422). */
    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, errors))
                .build();
    }
}
