/** REST resources for needs rounds, councils' needs and the pooled demand profile. */
package org.commissioning.marketplace.need.api;
