/** Sign-in (identity store and authentication mechanism) and the demonstration data loader. */
package org.commissioning.marketplace.party.infrastructure;
