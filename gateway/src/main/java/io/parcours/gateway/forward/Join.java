package io.parcours.gateway.forward;

import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLSchema;
import io.parcours.gateway.subgraph.CallerRequest;
import io.smallrye.mutiny.Uni;

/**
 * A field the gateway joins (declared in joins.graphql): given every object of one level that asks for it (as its
 * subgraph's JSON), one value per object, in order.
 */
@FunctionalInterface
public interface Join {

    /** What a join knows of the request: the caller, the public schema, the field's arguments. */
    record Request(CallerRequest.Current caller, GraphQLSchema schema, Map<String, Object> arguments) {
        /** An argument's value as graphql-java coerced it (a DateTime stays the caller's text). */
        public Object argument(String name) {
            return arguments.get(name);
        }
    }

    Uni<List<Object>> resolve(Request request, List<Object> sources);
}
