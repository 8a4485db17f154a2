/** The datasource, schema migration at start-up, the health check and the clock. */
package org.commissioning.marketplace.shared.infrastructure;
