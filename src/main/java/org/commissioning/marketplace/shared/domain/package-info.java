/** Value objects and errors shared by every capability. */
package org.commissioning.marketplace.shared.domain;
