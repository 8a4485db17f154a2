package org.commissioning.marketplace.shared.application;

/** A file a service hands to a page or the API to send to the browser: its name, media type and bytes. */
public record FileDownload(String fileName, String mediaType, byte[] content) {
}
