package org.commissioning.marketplace.shared.api;

import jakarta.ws.rs.core.Response;
import org.commissioning.marketplace.shared.application.FileDownload;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one way the API sends a file: as an attachment, its name safe in ASCII and exact in UTF-8, never sniffed. */
public final class Downloads {
    private Downloads() {
    }

    public static Response of(FileDownload file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String exact = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
