/** Paging, input validation and the acting user, shared by every capability's services. */
package org.commissioning.marketplace.shared.application;
