/** Backing beans of the sign-in, registration, home and administration pages; one per page. */
package org.commissioning.marketplace.party.web;
