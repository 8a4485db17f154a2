/** Bids on tenders: drafts, sealed submissions with receipts, replacement, withdrawal and opening. */
package org.commissioning.marketplace.bidding.domain;
