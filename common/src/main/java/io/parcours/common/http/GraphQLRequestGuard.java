package io.parcours.common.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLSchema;
import io.parcours.common.graphql.RequestCheck;
import io.parcours.common.graphql.RequestError;
import io.parcours.common.graphql.RequestLimits;
import io.parcours.common.security.Role;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/**
 * Checks a POST to /graphql before SmallRye GraphQL sees it. A malformed request is a 4xx with a GraphQL-shaped
 * error ({@code extensions.code = BAD_REQUEST}), never a 500: JSON only (a form or text/plain POST is what a
 * cross-site request looks like), bounded nesting and number length, and an envelope whose members have the types
 * the GraphQL-over-HTTP spec gives them. A request that names its document by hash gets it from the service's
 * {@link OperationDocuments}, if it has one (the gateway's persisted operations). A well-formed request then passes
 * {@link RequestCheck} (limits and value types) on this thread, in well under a millisecond, so that a request that
 * would hold the service is refused before it takes an executor thread. Refusals of a well-formed request are request errors: HTTP 200 for
 * {@code application/json} clients, 400 for {@code application/graphql-response+json} ones, as the spec asks.
 */
@Singleton
public class GraphQLRequestGuard {

    private final RequestCheck requestCheck = new RequestCheck(RequestLimits.fromConfig());
    private final Instance<GraphQLSchema> schemaSource;
    private final Instance<OperationDocuments> documents;
    private volatile GraphQLSchema schema;

    GraphQLRequestGuard(Instance<GraphQLSchema> schemaSource, Instance<OperationDocuments> documents) {
        this.schemaSource = schemaSource;
        this.documents = documents;
    }

    /** SmallRye builds the schema at start and never changes it: looked up once, at the first request. */
    private GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null) {
            known = schemaSource.get();
            schema = known;
        }
        return known;
    }

    void install(@Observes Router router) {
        // Ahead of SmallRye GraphQL's own route, which then finds the body already read.
        router.post("/graphql").order(-100).handler(BodyHandler.create().setBodyLimit(JsonBodies.MAX_BODY_BYTES));
        router.post("/graphql").order(-99).handler(this::check);
        router.post("/graphql").failureHandler(context -> {
            if (context.statusCode() == 413) {
                int max = JsonBodies.MAX_BODY_BYTES;
                RequestError tooLarge = RequestError.limitExceeded("maxBodyBytes", max,
                        "The body is over " + max + " bytes (limit maxBodyBytes = " + max + ")");
                context.response().setStatusCode(413).putHeader("Content-Type", MediaTypes.JSON)
                        .end(RequestError.body(List.of(tooLarge)));
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        String contentType = JsonBodies.contentTypeProblem(context.request().getHeader("Content-Type"));
        if (contentType != null) {
            refuse(context, 415, contentType);
            return;
        }
        String problem = JsonBodies.bodyProblem(context.body().buffer(), " with a query");
        if (problem != null) {
            refuse(context, 400, problem);
            return;
        }
        JsonObject request = context.body().asJsonObject();
        if (documents.isResolvable()) {
            OperationDocuments.Lookup lookup = documents.get().lookUp(request);
            if (lookup.refusal() != null) {
                refuse(context, List.of(lookup.refusal()));
                return;
            }
            if (lookup.request() != request) {
                request = lookup.request();
                context.setBody(request.toBuffer()); // SmallRye GraphQL reads the body again: the document is in it
            }
        }
        String envelopeProblem = envelopeProblem(request);
        if (envelopeProblem != null) {
            refuse(context, 400, envelopeProblem);
            return;
        }
        List<RequestError> errors = requestCheck.check(schema(), request.getString("query"),
                request.getString("operationName"), variables(request), true, mayRead(context));
        if (!errors.isEmpty()) {
            refuse(context, errors);
            return;
        }
        context.next();
    }

    /** Request errors: HTTP 200 for application/json clients, 400 for application/graphql-response+json ones. */
    private static void refuse(RoutingContext context, List<RequestError> errors) {
        boolean graphqlResponse = MediaTypes.prefersGraphQLResponse(context.request().getHeader("Accept"));
        context.response().setStatusCode(graphqlResponse ? 400 : 200)
                .putHeader("Content-Type", graphqlResponse ? MediaTypes.GRAPHQL_RESPONSE : MediaTypes.JSON)
                .end(RequestError.body(errors));
    }

    /** Whether the authenticated caller's roles may read (the security layer has run: proactive authentication). */
    private static boolean mayRead(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user
                && Role.READERS.stream().anyMatch(user.getSecurityIdentity()::hasRole);
    }

    private static Map<String, Object> variables(JsonObject request) {
        JsonObject variables = request.getJsonObject("variables");
        return variables == null ? Map.of() : plainMap(variables);
    }

    private static Map<String, Object> plainMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return plainMap(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value;
    }

    /** What is wrong with the request's members, or null: the types the GraphQL-over-HTTP spec gives them. */
    private static String envelopeProblem(JsonObject request) {
        if (!(request.getValue("query") instanceof String)) {
            return "query must be a string";
        }
        for (Map.Entry<String, Class<?>> member : Map.<String, Class<?>>of("operationName", String.class,
                "variables", JsonObject.class, "extensions", JsonObject.class).entrySet()) {
            Object value = request.getValue(member.getKey());
            if (value != null && !member.getValue().isInstance(value)) {
                return member.getKey() + " must be " + (member.getValue() == String.class ? "a string" : "an object")
                        + " or null";
            }
        }
        return null;
    }

    private static void refuse(RoutingContext context, int status, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", "BAD_REQUEST"));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
