package org.commissioning.marketplace.shared.application;

import java.time.Instant;

/**
 * Something waiting for the signed-in person, shown on their home page: what to do, where to do it
 * (a page address inside the marketplace, like "hub/tender.xhtml?id=4#clarifications") and by when,
 * if there is a deadline. Each capability says what waits in it; the home page lists them, soonest first.
 */
public record Task(String text, String link, Instant due) {
}
