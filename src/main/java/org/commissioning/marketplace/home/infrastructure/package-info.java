/** The schedule of the morning emails of tasks. */
package org.commissioning.marketplace.home.infrastructure;
