/** The auditor's page. */
package org.commissioning.marketplace.audit.web;
