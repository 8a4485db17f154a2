/**
 * Call-offs (issue 6, first slice: the domain rules only): the funding split of a placement and
 * the matching rules that decide which providers a referral may go to, each exclusion with its
 * reason. Persistence, services, pages and the API come next.
 */
package org.commissioning.marketplace.placement.domain;
