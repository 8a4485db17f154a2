package org.commissioning.marketplace.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the deployed REST API, signed in as one user (or nobody). */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo-Password-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** For Expect: 100-continue, which is HTTP/1.1's (an h2c upgrade would carry it on a connection the server resets). */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Nobody signed in. {@code deployment} is the application's root URL. */
    public static Api anonymous(URL deployment) {
        return new Api(Deployments.local(deployment), null);
    }

    public Api as(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + basic);
    }

    public Api asDemo(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public Api withToken(String token) {
        return new Api(base, "Bearer " + token);
    }

    public Response get(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** A GET accepting any media type, for downloads such as CSV. */
    public Response download(String path) {
        return send(request(path).header("Accept", "*/*").GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /**
     * Posts a large body the way careful clients (curl among them) do, with {@code Expect: 100-continue}:
     * the server may refuse it (413) before it is sent.
     */
    public Response postExpectingContinue(String path, String json) {
        return send(HTTP_1_1, request(path).expectContinue(true).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts JSON with one more request header (such as Idempotency-Key). */
    public Response post(String path, String json, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .header(header, value).POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** Posts raw bytes (a file upload); the answer is read as text (JSON or a problem). */
    public Response upload(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer is kept as bytes (PDFs, attached files). */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return HTTP.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).header("Accept", "application/json").DELETE());
    }

    /** An absolute URL on the same server, for endpoints outside the application such as /health. */
    public URI server(String path) {
        return base.resolve("/" + path);
    }

    public Response getAbsolute(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Response send(HttpRequest.Builder builder) {
        return send(HTTP, builder.build());
    }

    private static Response send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("WWW-Authenticate").orElse(""),
                    r.headers().firstValue("Location").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with helpers to read JSON. */
    public record Response(int status, String contentType, String wwwAuthenticate, String location, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
