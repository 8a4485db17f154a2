/** Kitbag items, their versions and review, the stages of commissioning and the kinds of item. */
package org.commissioning.marketplace.kitbag.domain;
