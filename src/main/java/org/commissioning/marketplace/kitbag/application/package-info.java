/** The kitbag's one entry point: who curates and reads, search, publishing, revising, reviewing, uses by tenders. */
package org.commissioning.marketplace.kitbag.application;
