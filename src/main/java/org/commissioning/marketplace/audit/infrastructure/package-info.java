/** The schedule that seals new audit entries into the chain. */
package org.commissioning.marketplace.audit.infrastructure;
