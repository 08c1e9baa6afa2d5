package io.parcours.common.http;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A 401 with a body that says what is missing: a GraphQL error on /graphql (GraphiQL shows it instead of "Unexpected
 * end of JSON input"), an RFC 9457 problem on the REST API. A request without a bearer token is answered before the
 * security layer, which would send an empty 401; a token that fails verification reaches the failure handler.
 */
@Singleton
public class UnauthenticatedAnswers {

    static final String MISSING = "A bearer token is needed: send the header 'Authorization: Bearer <access token>' "
            + "from Keycloak (realm parcours). Locally, ./parcours token viewer prints one; in GraphiQL, put "
            + "{\"Authorization\": \"Bearer <token>\"} into Headers, then re-fetch the schema for the docs.";
    static final String REFUSED = "The bearer token was refused: it is expired, malformed, not signed by the realm's "
            + "key or issued by another realm. Get a new one (locally: ./parcours token viewer).";
    // Before Quarkus' authentication filter (order -200) and after the body and CORS handlers.
    private static final int BEFORE_AUTHENTICATION = -1_000;

    private final List<String> anonymousPaths;

    UnauthenticatedAnswers(@ConfigProperty(name = "parcours.http.anonymous-paths") Optional<List<String>> anonymousPaths) {
        this.anonymousPaths = anonymousPaths.orElse(List.of());
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(BEFORE_AUTHENTICATION).handler(this::requireBearer);
        router.route("/api/*").order(BEFORE_AUTHENTICATION).handler(this::requireBearer);
        router.route().failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && protectedPath(context)) {
                answer(context, REFUSED);
            } else {
                context.next();
            }
        });
    }

    private void requireBearer(RoutingContext context) {
        HttpMethod method = context.request().method();
        String authorization = context.request().getHeader("Authorization");
        boolean hasBearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        // A WebSocket upgrade may carry its token in the protocol's first message (browsers cannot set headers on
        // it): the security layer, or the service's WebSocket endpoint, decides.
        // A CORS preflight carries no token by design; every other method needs one (PUT of a persona's photo too).
        if (method != HttpMethod.OPTIONS && !hasBearer
                && !WebSocketUpgrades.isGraphQL(context.request()) && !anonymous(context.normalizedPath())) {
            answer(context, MISSING);
        } else {
            context.next();
        }
    }

    /** A path the service opens to anyone (its permission policy is permit), such as the survey page's API. */
    private boolean anonymous(String path) {
        return anonymousPaths.stream().anyMatch(path::startsWith);
    }

    private static boolean protectedPath(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/graphql") || path.startsWith("/api/");
    }

    private static void answer(RoutingContext context, String message) {
        var response = context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer");
        if (context.normalizedPath().startsWith("/api/")) {
            ProblemAnswers.send(context, 401, "Unauthorized", "UNAUTHENTICATED", message);
        } else {
            JsonObject error = new JsonObject().put("message", message)
                    .put("extensions", new JsonObject().put("code", "UNAUTHENTICATED"));
            response.putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
        }
    }
}
