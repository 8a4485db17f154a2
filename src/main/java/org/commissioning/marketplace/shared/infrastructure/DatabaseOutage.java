package org.commissioning.marketplace.shared.infrastructure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the connection
 * lost, the pool unable to make a connection) from every other failure. Such a request is
 * answered 503 with Retry-After, never 500, 401 or 403: the caller did nothing wrong and can try
 * again in a moment.
 */
public final class DatabaseOutage {

    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            // The connector's own names for a lost link, and the pool's for no connection to give.
            if (name.endsWith("CommunicationsException") || name.endsWith("CJCommunicationsException")
                    || (name.startsWith("jakarta.resource") || name.startsWith("javax.resource")
                        || name.startsWith("com.sun.appserv.connectors") || name.contains("PoolingException"))
                    || message.contains("Error in allocating a connection")
                    || message.contains("Communications link failure")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause();
    }
}
