package io.parcours.feedback.rest;

import io.parcours.common.http.JsonBodies;
import io.parcours.common.http.MediaTypes;
import io.parcours.common.http.ProblemAnswers;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Checks a POST to the REST API before a resource reads it, by the rule GraphQL's guard applies: a JSON media type,
 * a body of at most {@link JsonBodies#MAX_BODY_BYTES} (a declared length over it is refused before a byte is read, a
 * chunked one as soon as it passes it), a JSON object without a byte order mark. Each refusal is a problem+json.
 */
@Singleton
public class RestRequestGuard {

    private static final String API_ROUTE = "/api/*";
    /** The one body that is not JSON: a CSV file of contacts, up to 10,000 rows. */
    static final String CSV_IMPORT = "/api/v1/contacts/import";
    static final int MAX_CSV_BYTES = 4 * 1024 * 1024;
    /** One-click unsubscribes (RFC 8058): mail clients POST a small form, or nothing. */
    static final String UNSUBSCRIBE = "/api/v1/unsubscribe/";
    static final int MAX_UNSUBSCRIBE_BYTES = 1024;
    // After authentication (order -200): a request without a valid token is refused before its body is read.
    private static final int BEFORE_RESOURCES = -100;

    void install(@Observes Router router) {
        BodyHandler json = BodyHandler.create().setBodyLimit(JsonBodies.MAX_BODY_BYTES).setHandleFileUploads(false);
        BodyHandler csv = BodyHandler.create().setBodyLimit(MAX_CSV_BYTES).setHandleFileUploads(false);
        BodyHandler form = BodyHandler.create().setBodyLimit(MAX_UNSUBSCRIBE_BYTES).setHandleFileUploads(false);
        router.post(API_ROUTE).order(BEFORE_RESOURCES).handler(context -> {
            if (isCsvImport(context)) {
                checkCsvHeaders(context);
            } else if (isUnsubscribe(context)) {
                context.next();
            } else {
                checkHeaders(context);
            }
        });
        router.post(API_ROUTE).order(BEFORE_RESOURCES + 1).handler(context -> (isCsvImport(context) ? csv
                : isUnsubscribe(context) ? form : json).handle(context));
        router.post(API_ROUTE).order(BEFORE_RESOURCES + 2).handler(context -> {
            if (isCsvImport(context) || isUnsubscribe(context)) {
                context.next();
            } else {
                checkBody(context);
            }
        });
        router.post(API_ROUTE).failureHandler(context -> {
            if (context.statusCode() == 413) {
                tooLarge(context, isCsvImport(context) ? MAX_CSV_BYTES
                        : isUnsubscribe(context) ? MAX_UNSUBSCRIBE_BYTES : JsonBodies.MAX_BODY_BYTES);
            } else {
                context.next();
            }
        });
    }

    private static boolean isCsvImport(RoutingContext context) {
        return context.normalizedPath().equals(CSV_IMPORT);
    }

    private static boolean isUnsubscribe(RoutingContext context) {
        return context.normalizedPath().startsWith(UNSUBSCRIBE);
    }

    private void checkCsvHeaders(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        if (!type.equalsIgnoreCase("text/csv")) {
            refuse(context, 415, "Unsupported media type", "Content-Type must be text/csv (UTF-8), not "
                    + (contentType == null ? "missing" : contentType));
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredOver(length, MAX_CSV_BYTES)) {
            tooLarge(context, MAX_CSV_BYTES);
            return;
        }
        context.next();
    }

    private void checkHeaders(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        String problem = JsonBodies.contentTypeProblem(contentType);
        if (problem != null) {
            refuse(context, 415, "Unsupported media type", problem);
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredOver(length, JsonBodies.MAX_BODY_BYTES)) {
            tooLarge(context, JsonBodies.MAX_BODY_BYTES);
            return;
        }
        // One JSON type for the resources' media-type matching, however the client listed it.
        context.request().headers().set("Content-Type", MediaTypes.JSON);
        context.next();
    }

    private void checkBody(RoutingContext context) {
        String problem = JsonBodies.bodyProblem(context.body().buffer(), " (a survey response)");
        if (problem != null) {
            refuse(context, 400, "Bad request", problem);
            return;
        }
        context.next();
    }

    private static boolean declaredOver(String length, int limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException unreadable) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private static void tooLarge(RoutingContext context, int limit) {
        context.response().putHeader("Connection", "close"); // the rest of the body is not read
        refuse(context, 413, "Content too large", "The body is over " + limit + " bytes (limit maxBodyBytes = "
                + limit + ")" + (limit == MAX_CSV_BYTES ? "; split the file" : "; a survey response is far smaller"));
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        if (!context.response().headWritten()) {
            ProblemAnswers.sendBodyProblem(context, status, title, status == 413 ? "LIMIT_EXCEEDED" : "BAD_REQUEST",
                    detail);
        }
    }
}
