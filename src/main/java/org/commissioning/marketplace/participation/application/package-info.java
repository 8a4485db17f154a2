/** Consultations as a hub runs them, and "you said, we did" as anyone reads it with a tender. */
package org.commissioning.marketplace.participation.application;
