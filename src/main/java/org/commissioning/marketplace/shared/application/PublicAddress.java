package org.commissioning.marketplace.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address users open the marketplace at ({@code marketplace.public-url}), for the links in
 * emails and open data: {@code of("account.xhtml")} or {@code of("/api/...")}, with exactly one
 * slash between the address and the path.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "marketplace.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public String of(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
