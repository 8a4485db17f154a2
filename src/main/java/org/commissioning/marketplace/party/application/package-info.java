/**
 * Application services for parties and identities: the only entry point, where the caller's
 * tenancy is applied, input is validated and every change is audited.
 */
package org.commissioning.marketplace.party.application;
