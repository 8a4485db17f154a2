package org.commissioning.marketplace.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Applied filters as a query string (for export links that download the same view); blank values left out. */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String of(Map<String, Object> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
