package io.parcours.gateway.execution;

import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Reads plain fields of the gateway's types (strings, numbers, enums, objects and lists of them) with graphql-java's
 * property fetcher instead of SmallRye's field fetcher. SmallRye's builds a request context for every field it
 * reads, selected fields as JSON included; a whole journey has about two thousand such fields, and that context
 * was a quarter of the gateway's CPU time (see BENCHMARKS.md). Fields of other scalars (dates) keep SmallRye's
 * fetcher, which formats them. The property read is the field's name: the gateway's types do not rename fields
 * with {@code @Name} (the end-to-end and security tests read every type through the gateway).
 * <p>
 * Applied by PublicSchema as the schema is built; the subgraphs' types are read by JsonField instead.
 */
public final class PlainFieldFetchers {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Int", "Float", "Boolean");

    private PlainFieldFetchers() {
    }

    public static GraphQLSchema.Builder apply(GraphQLSchema.Builder builder) {
        GraphQLSchema draft = builder.build();
        GraphQLCodeRegistry registry = draft.getCodeRegistry();
        return builder.codeRegistry(registry.transform(faster -> draft.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
                .map(GraphQLObjectType.class::cast)
                .forEach(object -> object.getFieldDefinitions().forEach(field -> {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (fetcher instanceof FieldDataFetcher && plain(field)) {
                        faster.dataFetcher(coordinates, PropertyDataFetcher.fetching(field.getName()));
                    }
                }))));
    }

    private static boolean plain(GraphQLFieldDefinition field) {
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
        return type instanceof GraphQLObjectType || type instanceof GraphQLEnumType
                || type instanceof GraphQLScalarType scalar && PLAIN_SCALARS.contains(scalar.getName());
    }
}
