package org.commissioning.marketplace.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OCDS 1.1.5 release schema with the lots and techniques extensions merged in (JSON Merge
 * Patch, RFC 7386), as the standard applies extensions; validates releases (draft-04).
 */
public final class OcdsSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema release;

    private OcdsSchema() {
    }

    public static synchronized JsonSchema release() {
        if (release == null) {
            Path dir = Path.of(System.getProperty("ocds.dir", "../shared/ocds"));
            JsonNode schema = read(dir.resolve("release-schema.json"));
            for (String extension : new String[]{"ocds_lots_extension", "ocds_techniques_extension"}) {
                schema = mergePatch(schema, read(dir.resolve("extensions").resolve(extension).resolve("release-schema.json")));
            }
            release = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(javaPatterns(schema));
        }
        return release;
    }

    /** Every way the release breaks the schema, one per line; empty when valid. */
    public static String problems(String releaseJson) {
        Set<ValidationMessage> messages = release().validate(read(releaseJson));
        return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n"));
    }

    /**
     * JSON Schema patterns are ECMA-262 regular expressions; one OCDS pattern puts an unescaped
     * '[' inside a character class, which ECMA-262 allows and java.util.regex does not. Escape it,
     * which means the same in both.
     */
    static JsonNode javaPatterns(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                    field.setValue(JSON.getNodeFactory().textNode(javaRegex(field.getValue().asText())));
                } else {
                    javaPatterns(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(OcdsSchema::javaPatterns);
        }
        return node;
    }

    static String javaRegex(String ecma) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < ecma.length(); i++) {
            char c = ecma.charAt(i);
            if (c == '\\' && i + 1 < ecma.length()) {
                out.append(c).append(ecma.charAt(++i));
            } else if (c == '[' && inClass) {
                out.append("\\[");
            } else {
                if (c == '[') {
                    inClass = true;
                    out.append(c);
                    if (i + 1 < ecma.length() && ecma.charAt(i + 1) == '^') {
                        out.append(ecma.charAt(++i));
                    }
                    if (i + 1 < ecma.length() && ecma.charAt(i + 1) == ']') {
                        out.append("\\]");
                        i++;
                    }
                    continue;
                }
                if (c == ']') {
                    inClass = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
