package io.parcours.gateway.execution;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.parcours.common.graphql.ErrorReferences;
import io.parcours.gateway.subgraph.CallerRequest;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Inbound request deduplication: a query identical to one in flight — same document, operation, variables and
 * Authorization header, so the same caller — waits for that execution's result instead of executing again, as
 * identical subgraph reads already do (see Subgraph). A hundred dashboards opening the same journey cost one
 * execution while it runs; nothing is kept after it ends. Mutations are never shared: only the query strategy is
 * replaced, and validation and the depth and complexity limits still apply to every request. Prometheus counts
 * the queries answered this way as parcours_gateway_queries_shared_total.
 */
public class SharedQueries extends AsyncExecutionStrategy {

    private record QueryKey(String query, String operationName, Map<String, Object> variables, String authorization) {
    }

    private final ConcurrentMap<QueryKey, CompletableFuture<ExecutionResult>> inFlight = new ConcurrentHashMap<>();
    private final Counter shared = Metrics.counter("parcours.gateway.queries.shared");

    public SharedQueries() {
        // The services' handler: data fetcher failures become the same GraphQL errors as without sharing.
        super(new ErrorReferences());
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        QueryKey key = new QueryKey(context.getExecutionInput().getQuery(),
                context.getExecutionInput().getOperationName(), context.getCoercedVariables().toMap(),
                Arc.container().instance(CallerRequest.class).get().current().authorization());
        CompletableFuture<ExecutionResult> mine = new CompletableFuture<>();
        CompletableFuture<ExecutionResult> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            shared.increment();
            return running;
        }
        CompletableFuture<ExecutionResult> execution;
        try {
            execution = super.execute(context, parameters);
        } catch (RuntimeException failure) {
            // Thrown before any future exists: the callers waiting for this execution must not wait forever.
            inFlight.remove(key, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
        execution.whenComplete((result, failure) -> {
            inFlight.remove(key, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(result);
            }
        });
        return mine;
    }

    /** Installs the strategy as SmallRye GraphQL builds graphql-java's engine (see META-INF/services). */
    public static class Installer implements EventingService {

        @Override
        public String getConfigKey() {
            return null; // always on
        }

        @Override
        public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
            return builder.queryExecutionStrategy(new SharedQueries());
        }
    }
}
