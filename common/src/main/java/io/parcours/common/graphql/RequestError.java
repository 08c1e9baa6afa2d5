package io.parcours.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A GraphQL request refused before execution: a message for people and {@code extensions} for programs
 * ({@code code}, and what names the cause: the argument or variable path, the limit).
 */
public record RequestError(String message, Map<String, Object> extensions) {

    /**
     * A value of the wrong type or out of range; {@code kind} is "argument" or "variable", {@code path} the path to the
     * value inside it ({@code input.answers[1].score}, {@code $in.answers[1].score}).
     */
    public static RequestError invalidValue(String kind, String path, String message) {
        return new RequestError(message, ordered("code", "VALIDATION", "classification", "ValidationError", kind, path));
    }

    public static RequestError limitExceeded(String limit, int max, String message) {
        return new RequestError(message, ordered("code", "LIMIT_EXCEEDED", "limit", limit, "max", max));
    }

    public static RequestError syntax(String message) {
        return new RequestError(message, ordered("code", "BAD_REQUEST", "classification", "InvalidSyntax"));
    }

    /** A document that graphql-java's validation refuses (unknown field, missing argument, …). */
    public static RequestError validation(String message) {
        return new RequestError(message, ordered("code", "VALIDATION", "classification", "ValidationError"));
    }

    public static RequestError forbidden(String message) {
        return new RequestError(message, ordered("code", "FORBIDDEN"));
    }

    public static RequestError badRequest(String message) {
        return new RequestError(message, ordered("code", "BAD_REQUEST"));
    }

    public JsonObject toJson() {
        return new JsonObject().put("message", message).put("extensions", new JsonObject(extensions));
    }

    public static String body(List<RequestError> errors) {
        JsonArray list = new JsonArray();
        errors.forEach(error -> list.add(error.toJson()));
        return new JsonObject().put("errors", list).encode();
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
