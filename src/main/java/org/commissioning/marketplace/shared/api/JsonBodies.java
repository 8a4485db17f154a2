package org.commissioning.marketplace.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A JSON body that does not bind is a 400 naming its field: the body (already bounded by
 * {@link RequestSizeLimit}) is kept while it is read, so that a value that is not one of a list's
 * choices can be found in it, which JSON binding does not name.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json") || context.getType() == String.class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonbException | ProcessingException e) {
            throw MalformedJson.refusal(e, new String(body, StandardCharsets.UTF_8));
        }
    }
}
