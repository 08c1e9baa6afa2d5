package io.parcours.gateway.forward;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

/**
 * A scalar a subgraph defines and the gateway's own code does not use: values pass through as the subgraph wrote
 * them (the subgraph checks them on the way in).
 */
final class PassThroughScalar {

    private PassThroughScalar() {
    }

    static GraphQLScalarType of(String name, String description) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (input instanceof StringValue string) {
                    return string.getValue();
                }
                if (input instanceof IntValue integer) {
                    return integer.getValue();
                }
                if (input instanceof FloatValue decimal) {
                    return decimal.getValue();
                }
                if (input instanceof BooleanValue bool) {
                    return bool.isValue();
                }
                return null;
            }
        }).build();
    }
}
