/**
 * Call-offs: a council's referral for a child, matched to the providers that fit (each exclusion
 * with its reason), invited by the agreement's route (direct-award cascade or further
 * competition), their offers and declines, and the individual placement agreement an accepted
 * offer makes, with its lifecycle, variations and costs by date. Money is BigDecimal; the funding
 * split always totals 100%.
 */
package org.commissioning.marketplace.placement.domain;
