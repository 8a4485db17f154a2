/**
 * The development launcher (embedded MariaDB + Payara Micro), run by {@code mvn -Prun package}.
 * Excluded from the WAR.
 */
package org.commissioning.marketplace.launcher;
