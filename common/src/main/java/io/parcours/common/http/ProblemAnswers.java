package io.parcours.common.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * REST refusals written before a resource is reached (no token, a body too large or not JSON): RFC 9457 problems
 * with our {@code code} member, as the resources' own refusals are.
 */
public final class ProblemAnswers {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemAnswers() {
    }

    public static void send(RoutingContext context, int status, String title, String code, String detail) {
        send(context, problem(status, title, code, detail));
    }

    /** A refusal of the body as a whole: its one violation names {@code (body)} and the rule. */
    public static void sendBodyProblem(RoutingContext context, int status, String title, String code, String detail) {
        send(context, problem(status, title, code, detail).put("violations", new JsonArray()
                .add(new JsonObject().put("field", "(body)").put("rule", detail))));
    }

    private static JsonObject problem(int status, String title, String code, String detail) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("code", code);
    }

    private static void send(RoutingContext context, JsonObject problem) {
        context.response().setStatusCode(problem.getInteger("status")).putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }
}
