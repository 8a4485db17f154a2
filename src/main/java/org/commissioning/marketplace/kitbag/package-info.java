/**
 * The commissioners' kitbag: guidance and tools (guides, model specifications, contract terms,
 * question banks, price schedules, needs templates, case studies) curated by each hub and by the
 * platform's curators, so what commissioners learn outlives their time in post. Each item has an
 * owner, every version kept, the commissioning stages it serves, a review due to its owner, and
 * the tenders that used it; commissioners of every hub search them.
 */
package org.commissioning.marketplace.kitbag;
