package org.commissioning.marketplace.tendering.application;

/** A tender was published (fired inside the publishing transaction; observe AFTER_SUCCESS for work after commit). */
public record TenderPublished(long tenderId) {
}
