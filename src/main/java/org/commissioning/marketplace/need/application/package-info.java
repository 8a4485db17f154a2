/** Needs rounds, councils' submissions, CSV import and the hub's pooled demand profile. */
package org.commissioning.marketplace.need.application;
