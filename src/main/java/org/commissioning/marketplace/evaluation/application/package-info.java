/** Evaluation and award services: the hub's and evaluators' work after bids are opened. */
package org.commissioning.marketplace.evaluation.application;
