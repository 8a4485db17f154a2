/** REST access to the audit trail for auditors. */
package org.commissioning.marketplace.audit.api;
