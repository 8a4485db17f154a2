/** REST resources for tenders and their open data. */
package org.commissioning.marketplace.tendering.api;
