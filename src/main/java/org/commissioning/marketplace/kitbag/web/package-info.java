/** The kitbag's pages: kitbag/index.xhtml (search and filters), kitbag/item.xhtml (an item, its versions, its curation). */
package org.commissioning.marketplace.kitbag.web;
