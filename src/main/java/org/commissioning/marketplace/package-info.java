/**
 * The Regional Commissioning Marketplace: councils pool placement needs, hubs run tenders,
 * providers bid, hubs award frameworks and councils call off placements. One package per
 * capability, each with the rooms {@code domain}, {@code application}, {@code infrastructure},
 * {@code web} and {@code api}.
 */
package org.commissioning.marketplace;
