package io.parcours.common.http;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Checks a POST to /graphql before SmallRye GraphQL sees it, so that a malformed request is a 4xx with a
 * GraphQL-shaped error ({@code extensions.code = BAD_REQUEST}), never a 500: JSON only (a form or text/plain
 * POST is what a cross-site request looks like), bounded nesting and number length, and an envelope whose
 * members have the types the GraphQL-over-HTTP spec gives them.
 */
@Singleton
public class GraphQLRequestGuard {

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 64;
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/graphql-response+json",
            "application/graphql+json");

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build();

    void install(@Observes Router router) {
        // Ahead of SmallRye GraphQL's own route, which then finds the body already read.
        router.post("/graphql").order(-100).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));
        router.post("/graphql").order(-99).handler(this::check);
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!JSON_TYPES.contains(mediaType)) {
            refuse(context, 415, "Content-Type must be application/json");
            return;
        }
        String problem = envelopeProblem(context.body().buffer());
        if (problem != null) {
            refuse(context, 400, problem);
            return;
        }
        context.next();
    }

    /** What is wrong with the request body, or null when it is a well-formed GraphQL request. */
    String envelopeProblem(Buffer body) {
        if (body == null || body.length() == 0) {
            return "The body must be a JSON object with a query";
        }
        if (!wellFormed(body.getBytes())) {
            return "The body must be JSON nested at most " + MAX_DEPTH + " levels, with numbers of at most "
                    + MAX_NUMBER_LENGTH + " digits";
        }
        Object parsed = body.toJson();
        if (!(parsed instanceof JsonObject request)) {
            return parsed instanceof JsonArray ? "Batched requests are not supported; send one JSON object"
                    : "The body must be a JSON object with a query";
        }
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

    private boolean wellFormed(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    parser.getDoubleValue(); // NaN and Infinity are not JSON; long mantissas are refused here
                }
            }
            return true;
        } catch (IOException | RuntimeException malformed) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, int status, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", "BAD_REQUEST"));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
