package io.parcours.gateway.forward;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.parcours.common.graphql.BatchedFetcher;

/**
 * Resolves a joined field through a DataLoader per field and request: graphql-java collects every object of a level
 * asking for the field, then the Join resolves them at once. The loader keeps the first occurrence's arguments:
 * every selection of a joined field in one request uses the same ones (the request guard refuses others).
 */
final class JoinFetcher implements DataFetcher<CompletableFuture<Object>>, BatchedFetcher {

    private final String coordinates;
    private final Supplier<Join> join;

    JoinFetcher(String coordinates, Supplier<Join> join) {
        this.coordinates = coordinates;
        this.join = join;
    }

    @Override
    public CompletableFuture<Object> get(DataFetchingEnvironment env) {
        DataLoader<Object, Object> loader = env.getDataLoaderRegistry().computeIfAbsent(coordinates, name -> {
            Join.Request request = new Join.Request(Forwarding.caller(env), env.getGraphQLSchema(), env.getArguments());
            return DataLoaderFactory.newDataLoader(name, (List<Object> sources) ->
                    join.get().resolve(request, sources).subscribeAsCompletionStage());
        });
        return loader.load(env.getSource());
    }
}
