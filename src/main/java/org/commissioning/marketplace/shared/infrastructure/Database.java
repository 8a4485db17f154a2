package org.commissioning.marketplace.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource, configured through MicroProfile Config ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD} in the environment override the defaults). See config/README.md.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Read committed: no gap locks, so concurrent inserts into neighbouring index ranges (bids
        // of different providers at a deadline) never deadlock; row locks and optimistic version
        // checks guard what must not be lost.
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // Each connection keeps its prepared statements: Connector/J otherwise parses every
            // statement's SQL again each time (measured as the largest CPU cost of a bid submission).
            "cachePrepStmts=true",
            "prepStmtCacheSize=250",
            "prepStmtCacheSqlLimit=2048",
            "useLocalSessionState=true"
        })
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/marketplace";
}
