package io.parcours.common.error;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a failure means the service's store cannot be reached (PostgreSQL or MongoDB down, restarting or cut off):
 * a condition the client can act on by retrying later, answered as {@code UNAVAILABLE} (GraphQL) or 503 with
 * Retry-After (REST), not as an unexpected error. Drivers are recognised by their exception types' names, so that this
 * library needs neither driver.
 */
public final class StoreOutage {

    /** How long a client should wait before retrying: about what a store's restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String MESSAGE = "The service's database cannot be reached right now; nothing was changed "
            + "by this request. Retry in " + RETRY_AFTER_SECONDS + " seconds.";

    private static final Set<String> OUTAGE_TYPES = Set.of(
            "io.vertx.core.VertxException", // "Connection refused" / "closed" from the reactive PostgreSQL client
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.netty.channel.ConnectTimeoutException",
            "io.netty.channel.AbstractChannel$AnnotatedConnectException",
            "com.mongodb.MongoSocketOpenException", "com.mongodb.MongoSocketReadException",
            "com.mongodb.MongoSocketWriteException", "com.mongodb.MongoSocketClosedException",
            "com.mongodb.MongoTimeoutException", "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException");

    private StoreOutage() {
    }

    /** The innermost cause, for the log: what the driver said. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof ClosedChannelException || OUTAGE_TYPES.contains(cause.getClass().getName())
                    && isConnectionProblem(cause) || isPostgresShutdown(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A VertxException is many things; only the connection ones count. */
    private static boolean isConnectionProblem(Throwable cause) {
        if (!cause.getClass().getName().equals("io.vertx.core.VertxException")) {
            return true;
        }
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("connection") || message.contains("closed");
    }

    /** PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutting down). */
    private static boolean isPostgresShutdown(Throwable cause) {
        if (!cause.getClass().getName().equals("io.vertx.pgclient.PgException")) {
            return false;
        }
        String message = String.valueOf(cause.getMessage());
        return message.contains("SQLSTATE 08") || message.contains("SQLSTATE 57P") || message.contains("(08")
                || message.contains("(57P");
    }
}
