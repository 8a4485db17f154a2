/** Drafting, submitting (sealed), replacing, withdrawing and opening bids. */
package org.commissioning.marketplace.bidding.application;
