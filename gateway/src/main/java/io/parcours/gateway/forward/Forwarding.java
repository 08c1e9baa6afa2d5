package io.parcours.gateway.forward;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.Subgraph;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Forwards the root field being resolved to the subgraph serving it: the caller's arguments and selection (only
 * the fields that subgraph serves, plus the keys of the gateway's joins), the caller's token; the subgraph's JSON
 * answer is passed on as it came. Reads are shared with identical reads (see Subgraph); writes never are.
 */
@ApplicationScoped
public class Forwarding {

    private final Context context;
    private final CallerRequest caller;

    public Forwarding(Context context, CallerRequest caller) {
        this.context = context;
        this.caller = caller;
    }

    /** The environment of the root field being resolved (for its arguments and selection). */
    public DataFetchingEnvironment environment() {
        return context.unwrap(DataFetchingEnvironment.class);
    }

    /**
     * The JSON value typed as a root method's declaration wants it for SmallRye: the public schema's fields read it
     * as JSON (JsonField), never as that Java type.
     */
    @SuppressWarnings("unchecked")
    public static <T> Uni<T> typed(Uni<?> json) {
        return (Uni<T>) json;
    }

    /** The caller of the request being resolved (to keep for work started from its answer). */
    public CallerRequest.Current caller() {
        return caller.current();
    }

    /** The caller of the request a field belongs to (kept by its root field for the joins beneath). */
    static CallerRequest.Current caller(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(CallerRequest.Current.class);
    }

    /** Keeps the caller for the joins beneath the root field and indexes what it selects. */
    private static void enter(DataFetchingEnvironment env, CallerRequest.Current current) {
        env.getGraphQlContext().put(CallerRequest.Current.class, current);
        current.index(env.getSelectionSet());
    }

    /** Reads the current root field for a caller captured by the resolver; the JSON, to look into first. */
    public Uni<Object> read(Subgraph subgraph, CallerRequest.Current current) {
        return read(subgraph, current, environment());
    }

    /** Reads the root field of the environment from the subgraph; the JSON. */
    Uni<Object> read(Subgraph subgraph, CallerRequest.Current current, DataFetchingEnvironment env) {
        enter(env, current);
        String field = env.getField().getName();
        SubgraphQuery.Request request = SubgraphQuery.root(env, "query");
        return subgraph.read(current, request.document(), request.variables())
                .map(data -> data == null ? null : data.get(field));
    }

    /** Writes: the root field of the environment is a mutation of the subgraph; its JSON answer. */
    Uni<Object> write(Subgraph subgraph, DataFetchingEnvironment env) {
        enter(env, caller.current());
        String field = env.getField().getName();
        SubgraphQuery.Request request = SubgraphQuery.root(env, "mutation");
        return answer(subgraph.write(request.document(), request.variables()), field);
    }

    /** The subgraph's answer for the field: the JSON value (object, list or scalar) the public schema's fields read. */
    private static Uni<Object> answer(Uni<Map<String, Object>> data, String field) {
        return data.map(fields -> fields == null ? null : fields.get(field));
    }
}
