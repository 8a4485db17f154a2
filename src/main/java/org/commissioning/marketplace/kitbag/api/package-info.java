/** The kitbag through the REST API: /api/kitbag/items. */
package org.commissioning.marketplace.kitbag.api;
