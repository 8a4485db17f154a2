/** Backing beans of the needs pages for councils and hubs. */
package org.commissioning.marketplace.need.web;
