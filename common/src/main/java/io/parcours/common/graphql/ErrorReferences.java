package io.parcours.common.graphql;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.parcours.common.error.StoreOutage;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import jakarta.validation.ConstraintViolationException;

/**
 * An unexpected failure inside a resolver is logged with a reference, and the answer carries the same reference
 * ({@code extensions.code = INTERNAL}, {@code extensions.reference}) instead of SmallRye's bare "System error" and a
 * code made of the exception's class name. Errors a client can act on (our ApiExceptions, Bean Validation, GraphQL
 * errors) keep SmallRye's handling. A store that cannot be reached is no bug: {@code UNAVAILABLE} with
 * {@code retryAfterSeconds}, logged as a warning without a stack trace.
 */
public class ErrorReferences implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ErrorReferences.class);
    private final DataFetcherExceptionHandler expected = new ExceptionHandler();

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = unwrap(parameters.getException());
        if (StoreOutage.causedBy(failure)) {
            LOG.warnf("Store unreachable at %s: %s", parameters.getPath(), StoreOutage.cause(failure));
            GraphQLError error = GraphqlErrorBuilder.newError().path(parameters.getPath())
                    .location(parameters.getSourceLocation()).message(StoreOutage.MESSAGE)
                    .extensions(Map.of("code", "UNAVAILABLE", "retryAfterSeconds", StoreOutage.RETRY_AFTER_SECONDS))
                    .build();
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
        }
        if (failure instanceof GraphQLException || failure instanceof GraphQLError
                || failure instanceof ConstraintViolationException
                || failure.getClass().getName().startsWith("io.quarkus.security.")) {
            return expected.handleException(parameters);
        }
        String reference = newReference();
        LOG.errorf(failure, "Unexpected error %s at %s", reference, parameters.getPath());
        GraphQLError error = GraphqlErrorBuilder.newError().path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .message("Unexpected error; it was logged with reference " + reference)
                .extensions(Map.of("code", "INTERNAL", "reference", reference)).build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
    }

    /** The id an unexpected error is logged with and answered with (GraphQL here, REST in feedback-service). */
    public static String newReference() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * Installs the handler in SmallRye's graphql-java engine (see META-INF/services): the strategies that graphql-java
     * builds by default use it; a strategy built by hand (the gateway's shared queries) passes it itself.
     */
    public static class Installer implements EventingService {

        @Override
        public String getConfigKey() {
            return null; // always on
        }

        @Override
        public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
            return builder.defaultDataFetcherExceptionHandler(new ErrorReferences());
        }
    }
}
