/** The demonstration needs round loader. */
package org.commissioning.marketplace.need.infrastructure;
