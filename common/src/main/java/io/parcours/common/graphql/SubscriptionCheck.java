package io.parcours.common.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The checks every POST passes ({@link RequestCheck}), for the subscriptions a service serves over SmallRye's own
 * WebSocket endpoint, which no HTTP route sees: a document that would hold the service (thirty fragments spreading
 * each other twice held its socket for good) is answered with the same errors and codes before it is executed.
 * Installed as graphql-java's document provider, in front of SmallRye's parsed-document cache; queries and mutations
 * were checked at the HTTP layer already and go straight to the cache.
 */
public class SubscriptionCheck implements EventingService, PreparsedDocumentProvider {

    private final QueryCache parsed = new QueryCache();
    private volatile RequestCheck check;
    private volatile GraphQLSchema schema;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.preparsedDocumentProvider(this);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        // Every subscription document names its operation type; the word is the cheap test.
        if (input.getQuery().contains("subscription")) {
            Map<String, Object> variables = input.getVariables() == null ? Map.of() : input.getVariables();
            List<RequestError> refused = check().check(schema(), input.getQuery(), input.getOperationName(), variables,
                    true);
            if (!refused.isEmpty()) {
                List<GraphQLError> errors = refused.stream().map(error -> (GraphQLError) GraphqlErrorBuilder.newError()
                        .message(error.message()).extensions(error.extensions()).build()).toList();
                return CompletableFuture.completedFuture(new PreparsedDocumentEntry(errors));
            }
        }
        return parsed.getDocumentAsync(input, parseAndValidate);
    }

    private RequestCheck check() {
        RequestCheck known = check;
        if (known == null) {
            known = new RequestCheck(RequestLimits.fromConfig());
            check = known;
        }
        return known;
    }

    /** SmallRye builds the schema at start and never changes it: looked up once, at the first subscription. */
    private GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null) {
            known = CDI.current().select(GraphQLSchema.class).get();
            schema = known;
        }
        return known;
    }
}
