package org.commissioning.marketplace.shared.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Request bodies have a size limit, checked before anything reads them: JSON at most 1 MB, files
 * (evidence, tender documents, CSV imports) at most 11 MB, the outer bound of the largest file an
 * endpoint takes (each endpoint then checks its own, smaller limit). A larger body is answered 413
 * problem+json at once when it declares its length, or as soon as it passes the limit when it is
 * sent in chunks; it is never read whole.
 */
@Provider
@Priority(100)
public class RequestSizeLimit implements ContainerRequestFilter {

    public static final long JSON_MAX_BYTES = 1L << 20;
    public static final long FILE_MAX_BYTES = 11L << 20;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean json = type == null || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json");
        long limit = json ? JSON_MAX_BYTES : FILE_MAX_BYTES;
        String what = json ? "A JSON request body" : "A file";
        if (request.getLength() > limit) {
            throw tooLarge(what, limit);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit, what));
    }

    static RequestTooLargeException tooLarge(String what, long limit) {
        return new RequestTooLargeException(what + " can be at most "
                + NumberFormat.getIntegerInstance(Locale.UK).format(limit / (1 << 20)) + " MB; nothing was read or saved.");
    }

    /** Counts what is read and stops at the limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String what;
        private long read;

        Bounded(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > limit) {
                throw tooLarge(what, limit);
            }
        }
    }
}
