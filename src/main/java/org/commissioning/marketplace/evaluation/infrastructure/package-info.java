/** The award's scheduler: standstill ends on time, on one instance of a cluster. */
package org.commissioning.marketplace.evaluation.infrastructure;
