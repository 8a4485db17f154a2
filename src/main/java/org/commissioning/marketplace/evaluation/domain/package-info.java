/** Evaluation and award: scoring, moderation, ranking, the award's four-eyes approval and standstill. */
package org.commissioning.marketplace.evaluation.domain;
