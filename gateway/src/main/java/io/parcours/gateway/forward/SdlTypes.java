package io.parcours.gateway.forward;

import java.util.function.Function;

import graphql.language.Description;
import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;

/**
 * SDL definitions (a subgraph's, or joins.graphql's) as graphql-java schema elements, descriptions and deprecations
 * kept, each named type as {@code byName} gives it (a reference, resolved when the schema is built).
 */
final class SdlTypes {

    private final Function<String, GraphQLType> byName;

    SdlTypes(Function<String, GraphQLType> byName) {
        this.byName = byName;
    }

    GraphQLFieldDefinition field(FieldDefinition definition) {
        GraphQLFieldDefinition.Builder field = GraphQLFieldDefinition.newFieldDefinition()
                .name(definition.getName()).description(text(definition.getDescription()))
                .type((GraphQLOutputType) type(definition.getType()))
                .deprecate(deprecation(definition));
        for (InputValueDefinition argument : definition.getInputValueDefinitions()) {
            GraphQLArgument.Builder built = GraphQLArgument.newArgument().name(argument.getName())
                    .description(text(argument.getDescription()))
                    .type((GraphQLInputType) type(argument.getType()));
            if (argument.getDefaultValue() != null) {
                built.defaultValueLiteral(argument.getDefaultValue());
            }
            field.argument(built.build());
        }
        return field.build();
    }

    GraphQLInputObjectType input(InputObjectTypeDefinition definition) {
        GraphQLInputObjectType.Builder input = GraphQLInputObjectType.newInputObject().name(definition.getName())
                .description(text(definition.getDescription()));
        for (InputValueDefinition field : definition.getInputValueDefinitions()) {
            GraphQLInputObjectField.Builder built = GraphQLInputObjectField.newInputObjectField()
                    .name(field.getName()).description(text(field.getDescription()))
                    .type((GraphQLInputType) type(field.getType()));
            if (field.getDefaultValue() != null) {
                built.defaultValueLiteral(field.getDefaultValue());
            }
            input.field(built.build());
        }
        return input.build();
    }

    GraphQLEnumType enumType(EnumTypeDefinition definition) {
        GraphQLEnumType.Builder enumType = GraphQLEnumType.newEnum().name(definition.getName())
                .description(text(definition.getDescription()));
        definition.getEnumValueDefinitions().forEach(value -> enumType.value(value.getName(), value.getName(),
                text(value.getDescription()), deprecation(value)));
        return enumType.build();
    }

    private GraphQLType type(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(type(nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(type(list.getType()));
        }
        return byName.apply(((TypeName) type).getName());
    }

    static String text(Description description) {
        return description == null ? null : description.getContent();
    }

    private static String deprecation(DirectivesContainer<?> element) {
        return element.getDirectives("deprecated").stream().findFirst()
                .map(directive -> directive.getArgument("reason") == null ? "No longer supported"
                        : ((StringValue) directive.getArgument("reason").getValue()).getValue())
                .orElse(null);
    }
}
