/** Recording, sealing, reading and verifying the audit trail. */
package org.commissioning.marketplace.audit.application;
