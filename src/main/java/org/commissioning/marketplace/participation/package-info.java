/**
 * Participation: consultations with young people and families that shape commissioning. A hub asks
 * what matters on a tender or a needs round, records what was said, tags it with themes and
 * records, theme by theme, what changed ("you said, we did", shown with the tender).
 */
package org.commissioning.marketplace.participation;
