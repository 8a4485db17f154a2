package org.commissioning.marketplace.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The marketplace's API as the benchmarks prepare their data through it: as a demo user (HTTP Basic) or with a token. */
final class Api {

    static final String DEMO_PASSWORD = "Demo-Password-2026";

    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    static URI base() {
        String url = System.getenv().getOrDefault("BENCH_URL", "http://127.0.0.1:8080/");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    URI resolve(String path) {
        return base.resolve(path);
    }

    /** A request with the API's Accept header, and the Authorization header when given. */
    HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    /** The same request as raw bytes for the load generator: Accept, Authorization (when given) and the extra headers. */
    Load.Request raw(String method, String path, String authorization, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", "application/json");
        if (authorization != null) {
            all.put("Authorization", authorization);
        }
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        return Load.Request.of(method, base.resolve(path), all, body);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    static String demo(String user) {
        return basic(user, DEMO_PASSWORD);
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Sends a JSON body (or none for GET when {@code body} is null); any answer of 300 or more is an error. */
    JsonStructure call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = request(path, authorization);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = Load.HTTP.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() ? JsonObject.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(r.body())).read();
    }

    JsonObject post(String path, String authorization, String body) throws Exception {
        return (JsonObject) call("POST", path, authorization, body);
    }

    /** A new API token for the user (signed in with HTTP Basic). */
    String token(String authorization, String label) throws Exception {
        return post("api/me/tokens", authorization, "{\"label\":\"" + label + "\"}").getString("token");
    }
}
