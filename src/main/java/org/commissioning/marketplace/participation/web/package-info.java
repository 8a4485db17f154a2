/** The hub's consultations page and the "you said, we did" shown with a tender. */
package org.commissioning.marketplace.participation.web;
