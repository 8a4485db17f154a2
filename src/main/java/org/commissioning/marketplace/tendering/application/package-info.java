/** Drafting, publishing and reading tenders; the deadline scheduler; OCDS releases of tenders. */
package org.commissioning.marketplace.tendering.application;
