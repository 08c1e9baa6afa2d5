package io.parcours.gateway.forward;

import java.util.Map;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * A field of a subgraph's type, read from the subgraph's JSON answer as it came: the gateway holds no Java copy
 * of the subgraphs' types. The answer carries the field because the gateway forwarded it (see SubgraphQuery).
 */
public final class JsonField implements LightDataFetcher<Object> {

    private final String name;

    public JsonField(String name) {
        this.name = name;
    }

    @Override
    public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
        return source instanceof Map<?, ?> json ? json.get(name) : null;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }
}
