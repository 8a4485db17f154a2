/** REST resources for consultations and "you said, we did". */
package org.commissioning.marketplace.participation.api;
