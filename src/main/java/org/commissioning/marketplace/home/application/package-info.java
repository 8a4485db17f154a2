/**
 * What waits for each person, gathered from each capability's own tasks ({@code TaskList}), and the
 * morning email of it ({@code TaskDigests}). The top of the house with {@code home.web}: it reads
 * the others and nothing reads it.
 */
package org.commissioning.marketplace.home.application;
