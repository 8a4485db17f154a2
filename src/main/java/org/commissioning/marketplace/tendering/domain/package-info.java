/**
 * Tenders run by a regional hub under the Procurement Act 2023 light-touch regime: procedure,
 * term, timeline, lots with award criteria, selection questions, the team's declarations of
 * interest, and the tender's lifecycle.
 */
package org.commissioning.marketplace.tendering.domain;
