/**
 * Councils' placement needs: needs rounds opened by a hub for a planning year, each member
 * council's submission of need lines, and the vocabulary (need levels, age bands) they use.
 */
package org.commissioning.marketplace.need.domain;
