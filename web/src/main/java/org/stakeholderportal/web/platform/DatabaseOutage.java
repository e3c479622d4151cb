package org.stakeholderportal.web.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone), as opposed to a fault
 * in the portal: only then is "try again in a moment" the honest answer. The transaction of the request has been
 * rolled back by then, so nothing of it was stored.
 */
final class DatabaseOutage {

    /** Hibernate's and the connection pool's wrappers, named so the web module needs neither on its class path. */
    private static final String[] OUTAGE_TYPES = {"org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException", "org.jboss.jca.core.connectionmanager.pool.api.PoolException"};

    private DatabaseOutage() {
    }

    /** A database failure to which "send it again" is the honest answer, and how the portal answers it (503). */
    enum Trouble {
        UNREACHABLE("serviceUnavailable", "error.unavailable.text", 30, "Database unreachable"),
        BUSY("busy", "error.busy.text", 1, "Transaction rolled back by the database (lock contention)");

        final String error;
        final String messageKey;
        final int retryAfterSeconds;
        final String logText;

        Trouble(String error, String messageKey, int retryAfterSeconds, String logText) {
            this.error = error;
            this.messageKey = messageKey;
            this.retryAfterSeconds = retryAfterSeconds;
            this.logText = logText;
        }

        /** Empty for any other failure (a fault in the portal, answered 500). */
        static Optional<Trouble> of(Throwable failure) {
            if (causedBy(failure)) {
                return Optional.of(UNREACHABLE);
            }
            return contention(failure) ? Optional.of(BUSY) : Optional.empty();
        }
    }

    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (isA(t, OUTAGE_TYPES) || String.valueOf(t.getMessage()).contains("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database gave up on the request's transaction because it was waiting for another one: a deadlock
     * (SQLState 40001, MariaDB error 1213) or a lock wait timeout (error 1205). The transaction was rolled back as a
     * whole, so the same request sent again is safe and will most likely go through.
     */
    static boolean contention(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }

    private static boolean isA(Throwable t, String[] typeNames) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            for (String name : typeNames) {
                if (type.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
