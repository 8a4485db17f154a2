/** Backing bean of the provider's bid page. */
package org.commissioning.marketplace.bidding.web;
