/** The schedule that lets tender deadlines move tenders on. */
package org.commissioning.marketplace.tendering.infrastructure;
