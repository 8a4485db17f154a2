/** REST API of evaluation, award and agreements. */
package org.commissioning.marketplace.evaluation.api;
