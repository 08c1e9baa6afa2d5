package io.parcours.common.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;

/**
 * A field resolved in batches (a SmallRye {@code @Source List} method, or a {@link BatchedFetcher}) is called once
 * for all its objects of a request, with the arguments of one of its selections: the same field selected again with
 * other arguments (say two aliases with two date ranges) would silently get the first one's answer. Such a request is
 * refused, naming the field and both argument sets.
 */
final class BatchedArguments {

    private BatchedArguments() {
    }

    static Optional<RequestError> check(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> variables) {
        Map<String, Map<String, Object>> firstArguments = new HashMap<>();
        AtomicReference<RequestError> refusal = new AtomicReference<>();
        try {
            traverse(schema, document, operationName, variables, firstArguments, refusal);
        } catch (RuntimeException invalid) {
            return Optional.empty(); // a document graphql-java cannot walk: its validation, at execution, says why
        }
        return Optional.ofNullable(refusal.get());
    }

    private static void traverse(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> variables, Map<String, Map<String, Object>> firstArguments,
            AtomicReference<RequestError> refusal) {
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .variables(variables).build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (refusal.get() != null || field.getFieldDefinition().getArguments().isEmpty()
                                || !(field.getFieldsContainer() instanceof GraphQLObjectType parent)
                                || !batched(schema, parent, field)) {
                            return;
                        }
                        String coordinate = parent.getName() + "." + field.getFieldDefinition().getName();
                        Map<String, Object> first = firstArguments.putIfAbsent(coordinate, field.getArguments());
                        if (first != null && !first.equals(field.getArguments())) {
                            refusal.set(RequestError.validation(coordinate + " is read in one batch per request, so "
                                    + "all its selections must use the same arguments; this request has " + shown(first)
                                    + " and " + shown(field.getArguments()) + ": send one request per set of arguments"));
                        }
                    }
                });
    }

    private static String shown(Map<String, Object> arguments) {
        return arguments.entrySet().stream().map(argument -> argument.getKey() + ": " + argument.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static boolean batched(GraphQLSchema schema, GraphQLObjectType parent, QueryVisitorFieldEnvironment field) {
        DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(
                FieldCoordinates.coordinates(parent, field.getFieldDefinition()), field.getFieldDefinition());
        return fetcher instanceof BatchDataFetcher<?> || fetcher instanceof BatchedFetcher;
    }
}
