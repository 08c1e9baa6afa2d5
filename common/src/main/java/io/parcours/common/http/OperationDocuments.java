package io.parcours.common.http;

import io.parcours.common.graphql.RequestError;
import io.vertx.core.json.JsonObject;

/**
 * Where a request's document comes from when it names one instead of carrying it (persisted operations): a service
 * that offers them provides this bean, and {@link GraphQLRequestGuard} asks it before it checks the request.
 */
public interface OperationDocuments {

    /** The request with the document it runs as its {@code query}, or the refusal. */
    Lookup lookUp(JsonObject request);

    /** Exactly one of the two is set. */
    record Lookup(JsonObject request, RequestError refusal) {

        public static Lookup found(JsonObject request) {
            return new Lookup(request, null);
        }

        public static Lookup refused(RequestError refusal) {
            return new Lookup(null, refusal);
        }
    }
}
