/**
 * The central contract register (issue 7, first slice): every individual placement agreement in
 * the hub across its member councils, filtered and paged, exported as CSV or Excel, through the
 * pages and the API. Read-only: it reads the call-off tables; it changes nothing.
 */
package org.commissioning.marketplace.register;
