/** Backing beans of the tender pages for hubs and providers. */
package org.commissioning.marketplace.tendering.web;
