/** The REST application at /api and its problem+json error responses. */
package org.commissioning.marketplace.shared.api;
