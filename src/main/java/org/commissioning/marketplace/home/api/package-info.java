/** Test support for the morning emails of tasks (404 unless marketplace.test-support=true). */
package org.commissioning.marketplace.home.api;
