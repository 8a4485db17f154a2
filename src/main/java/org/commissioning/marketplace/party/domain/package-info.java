/**
 * Parties of the marketplace: regions, councils, regional hubs, providers with their registered
 * settings, and the accounts (with roles) through which people act for an organisation.
 */
package org.commissioning.marketplace.party.domain;
