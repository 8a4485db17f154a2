/** Pages of evaluation and award: the hub's evaluation page and the evaluator's scoring page. */
package org.commissioning.marketplace.evaluation.web;
