package io.parcours.gateway.forward;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.parcours.gateway.subgraph.CallerRequest;
import io.parcours.gateway.subgraph.Subgraph;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.inject.literal.NamedLiteral;

/**
 * A root field of a subgraph's SDL, offered by the gateway as it is: no gateway code per field. A query is read
 * (shared with identical reads of the same caller), a mutation written, through {@link Forwarding}; the subgraph's
 * JSON answer is what the public schema's fields read.
 */
final class SubgraphRootField implements DataFetcher<CompletableFuture<Object>> {

    // Beans are looked up at the first call: none exist while the schema is built.
    private final Supplier<Subgraph> subgraph;
    private final Supplier<Forwarding> forwarding = PublicSchema.memoized(() -> bean(Forwarding.class, null));
    private final Supplier<CallerRequest> caller = PublicSchema.memoized(() -> bean(CallerRequest.class, null));
    private final boolean mutation;

    /** @param subgraph the subgraph's name (Subgraphs.PERSONA, …) */
    SubgraphRootField(String subgraph, boolean mutation) {
        this.subgraph = PublicSchema.memoized(() -> bean(Subgraph.class, subgraph));
        this.mutation = mutation;
    }

    @Override
    public CompletableFuture<Object> get(DataFetchingEnvironment env) {
        if (mutation) {
            return forwarding.get().write(subgraph.get(), env).subscribeAsCompletionStage();
        }
        return forwarding.get().read(subgraph.get(), caller.get().current(), env).subscribeAsCompletionStage();
    }

    private static <T> T bean(Class<T> type, String name) {
        InstanceHandle<T> handle = name == null ? Arc.container().instance(type)
                : Arc.container().instance(type, NamedLiteral.of(name));
        if (!handle.isAvailable()) {
            throw new IllegalStateException("no " + type.getSimpleName() + (name == null ? "" : " named " + name));
        }
        return handle.get();
    }
}
