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
    // After authentication (order -200): a request without a valid token is refused before its body is read.
    private static final int BEFORE_RESOURCES = -100;

    void install(@Observes Router router) {
        router.post(API_ROUTE).order(BEFORE_RESOURCES).handler(this::checkHeaders);
        router.post(API_ROUTE).order(BEFORE_RESOURCES + 1).handler(BodyHandler.create()
                .setBodyLimit(JsonBodies.MAX_BODY_BYTES).setHandleFileUploads(false));
        router.post(API_ROUTE).order(BEFORE_RESOURCES + 2).handler(this::checkBody);
        router.post(API_ROUTE).failureHandler(context -> {
            if (context.statusCode() == 413) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private void checkHeaders(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        String problem = JsonBodies.contentTypeProblem(contentType);
        if (problem != null) {
            refuse(context, 415, "Unsupported media type", problem);
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredOver(length)) {
            tooLarge(context);
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

    private static boolean declaredOver(String length) {
        try {
            return Long.parseLong(length.trim()) > JsonBodies.MAX_BODY_BYTES;
        } catch (NumberFormatException unreadable) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private static void tooLarge(RoutingContext context) {
        context.response().putHeader("Connection", "close"); // the rest of the body is not read
        refuse(context, 413, "Content too large", "The body is over " + JsonBodies.MAX_BODY_BYTES
                + " bytes (limit maxBodyBytes = " + JsonBodies.MAX_BODY_BYTES + "); a survey response is far smaller");
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        if (!context.response().headWritten()) {
            ProblemAnswers.sendBodyProblem(context, status, title, status == 413 ? "LIMIT_EXCEEDED" : "BAD_REQUEST",
                    detail);
        }
    }
}
