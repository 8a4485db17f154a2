package org.commissioning.marketplace.register.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OCDS 1.1 release and record packages, and the compiled release of a contracting process: its
 * releases merged oldest first, each later value replacing an earlier one, objects merged field by
 * field and arrays of objects with an {@code id} merged by that id (the standard's merge routine,
 * without versioned releases).
 */
public final class OcdsRecords {

    public static final String PUBLISHER = "Regional Commissioning Marketplace";

    private OcdsRecords() {
    }

    public static JsonObject releasePackage(String uri, String publishedDate, List<JsonObject> releases) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        releases.forEach(items::add);
        return pack(uri, publishedDate, "releases", items);
    }

    /** The record package of one contracting process: its releases (by date) and the compiled release. */
    public static JsonObject recordPackage(String uri, List<JsonObject> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("A record needs at least one release");
        }
        List<JsonObject> ordered = new ArrayList<>(releases);
        ordered.sort(Comparator.comparing(r -> r.getString("date")));
        JsonObject compiled = compile(ordered);
        JsonArrayBuilder items = Json.createArrayBuilder();
        ordered.forEach(items::add);
        JsonObject record = Json.createObjectBuilder().add("ocid", compiled.getString("ocid")).add("releases", items)
                .add("compiledRelease", compiled).build();
        return pack(uri, compiled.getString("date"), "records", Json.createArrayBuilder().add(record));
    }

    /** The releases (oldest first) of one process merged into its current state. */
    public static JsonObject compile(List<JsonObject> ordered) {
        JsonObject merged = JsonValue.EMPTY_JSON_OBJECT;
        for (JsonObject release : ordered) {
            merged = merge(merged, release);
        }
        return Json.createObjectBuilder(merged).add("id", merged.getString("ocid") + "-compiled")
                .add("tag", Json.createArrayBuilder().add("compiled")).build();
    }

    static JsonObject merge(JsonObject earlier, JsonObject later) {
        Map<String, JsonValue> fields = new LinkedHashMap<>(earlier);
        later.forEach((name, value) -> {
            JsonValue before = fields.get(name);
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                fields.remove(name);
            } else if (before instanceof JsonObject b && value instanceof JsonObject v) {
                fields.put(name, merge(b, v));
            } else if (before instanceof JsonArray b && value instanceof JsonArray v && identified(b) && identified(v)) {
                fields.put(name, mergeById(b, v));
            } else {
                fields.put(name, value);
            }
        });
        JsonObjectBuilder result = Json.createObjectBuilder();
        fields.forEach(result::add);
        return result.build();
    }

    private static boolean identified(JsonArray array) {
        return !array.isEmpty() && array.stream().allMatch(v -> v instanceof JsonObject o && o.containsKey("id"));
    }

    private static JsonArray mergeById(JsonArray earlier, JsonArray later) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        earlier.forEach(v -> byId.put(key(v), v.asJsonObject()));
        later.forEach(v -> byId.merge(key(v), v.asJsonObject(), OcdsRecords::merge));
        JsonArrayBuilder result = Json.createArrayBuilder();
        byId.values().forEach(result::add);
        return result.build();
    }

    private static String key(JsonValue v) {
        return v.asJsonObject().get("id").toString();
    }

    static JsonObject pack(String uri, String date, String key, JsonArrayBuilder items) {
        return Json.createObjectBuilder().add("uri", uri).add("version", "1.1").add("publishedDate", date)
                .add("publisher", Json.createObjectBuilder().add("name", PUBLISHER)).add(key, items).build();
    }
}
