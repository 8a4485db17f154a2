/** REST resources for bids. */
package org.commissioning.marketplace.bidding.api;
