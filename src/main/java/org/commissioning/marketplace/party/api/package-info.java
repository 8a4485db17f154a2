/** REST resources for parties, accounts, tokens and provider registration. */
package org.commissioning.marketplace.party.api;
