/** The consultation aggregate (its themes) and the responses recorded for it. */
package org.commissioning.marketplace.participation.domain;
