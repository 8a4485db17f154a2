/** Page helpers shared by every capability: error summary and reporting service errors on forms. */
package org.commissioning.marketplace.shared.web;
