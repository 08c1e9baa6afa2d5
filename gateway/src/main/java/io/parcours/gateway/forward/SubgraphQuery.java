package io.parcours.gateway.forward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import io.vertx.core.json.Json;

/**
 * Writes the GraphQL a subgraph is asked: the client's own selection, fragments and aliases resolved, keeping only
 * the fields the subgraph serves (the gateway joins the others) plus the keys its joins need ({@link JoinKeys}).
 * A list of journey names asks touchpoint-service for names, not for every touchpoint.
 */
public final class SubgraphQuery {

    private SubgraphQuery() {
    }

    /** A document and its variables. */
    public record Request(String document, Map<String, Object> variables) {
    }

    /**
     * The root field being resolved, as its subgraph is asked: {@code query($a: T) { field(a: $a) { selection } }},
     * the caller's argument values as variables.
     */
    public static Request root(DataFetchingEnvironment env, String operation) {
        GraphQLFieldDefinition field = env.getFieldDefinition();
        Map<String, Object> variables = new LinkedHashMap<>();
        StringJoiner declarations = new StringJoiner(", ", "(", ")").setEmptyValue("");
        StringJoiner arguments = new StringJoiner(", ", "(", ")").setEmptyValue("");
        env.getArguments().forEach((name, value) -> {
            GraphQLInputType type = field.getArgument(name).getType();
            declarations.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(type));
            arguments.add(name + ": $" + name);
            variables.put(name, json(value, type));
        });
        StringBuilder document = new StringBuilder(operation).append(declarations).append(" { ")
                .append(field.getName()).append(arguments);
        if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType object) {
            document.append(' ').append(selection(env.getGraphQLSchema(), object, env.getSelectionSet().getImmediateFields()));
        }
        return new Request(document.append(" }").toString(), variables);
    }

    /** A coerced argument value as JSON for the subgraph, by its input type (enums by name, scalars serialized). */
    static Object json(Object value, GraphQLInputType type) {
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return json(value, (GraphQLInputType) nonNull.getWrappedType());
        }
        if (type instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            for (Object item : value instanceof Iterable<?> all ? all : List.of(value)) {
                items.add(json(item, (GraphQLInputType) list.getWrappedType()));
            }
            return items;
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((name, fieldValue) ->
                    fields.put((String) name, json(fieldValue, input.getField((String) name).getType())));
            return fields;
        }
        if (type instanceof GraphQLEnumType) {
            return value instanceof Enum<?> constant ? constant.name() : value.toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return ((GraphQLScalarType) type).getCoercing().serialize(value, GraphQLContext.getDefault(), Locale.getDefault());
    }

    /** The selection of an object type's fields, as the subgraph serving the type is asked for it. */
    public static String selection(GraphQLSchema schema, GraphQLObjectType type, List<SelectedField> fields) {
        return selection(schema, type, fields, List.of());
    }

    /** The same, with fields the gateway reads itself (dotted paths, e.g. "nps.score"). */
    public static String selection(GraphQLSchema schema, GraphQLObjectType type, List<SelectedField> fields,
            List<String> alsoRead) {
        Node node = new Node("");
        add(schema, node, type, fields);
        alsoRead.forEach(node::path);
        StringBuilder text = new StringBuilder();
        node.printChildren(text);
        return text.toString();
    }

    private static void add(GraphQLSchema schema, Node node, GraphQLObjectType type, List<SelectedField> fields) {
        for (SelectedField selected : fields) {
            String name = selected.getName();
            if (name.startsWith("__")) {
                continue;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            if (!forwarded(schema, type, definition)) {
                JoinKeys.of(type.getName() + "." + name).forEach(node::path);
                continue;
            }
            StringBuilder arguments = new StringBuilder();
            arguments(arguments, definition, selected.getArguments());
            Node child = node.child(name + arguments);
            if (GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLObjectType object) {
                add(schema, child, object, selected.getSelectionSet().getImmediateFields());
            }
        }
    }

    /** Whether a field is the subgraph's (read from its JSON), not one the gateway joins. */
    private static boolean forwarded(GraphQLSchema schema, GraphQLObjectType type, GraphQLFieldDefinition field) {
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field), field)
                instanceof JsonField;
    }

    private static void arguments(StringBuilder text, GraphQLFieldDefinition field, Map<String, Object> values) {
        if (values.isEmpty()) {
            return;
        }
        text.append('(');
        boolean first = true;
        for (Map.Entry<String, Object> argument : values.entrySet()) {
            text.append(first ? "" : ", ").append(argument.getKey()).append(": ");
            literal(text, argument.getValue(), field.getArgument(argument.getKey()).getType());
            first = false;
        }
        text.append(')');
    }

    /** A value as GraphQL literal text, by its input type; strings escaped as JSON strings (valid in GraphQL). */
    static void literal(StringBuilder text, Object value, GraphQLInputType type) {
        if (value == null) {
            text.append("null");
        } else if (type instanceof GraphQLNonNull nonNull) {
            literal(text, value, (GraphQLInputType) nonNull.getWrappedType());
        } else if (type instanceof GraphQLList list) {
            text.append('[');
            boolean first = true;
            for (Object item : value instanceof Iterable<?> items ? items : List.of(value)) {
                text.append(first ? "" : ", ");
                literal(text, item, (GraphQLInputType) list.getWrappedType());
                first = false;
            }
            text.append(']');
        } else if (type instanceof GraphQLInputObjectType input) {
            text.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> field : ((Map<?, ?>) value).entrySet()) {
                text.append(first ? "" : ", ").append(field.getKey()).append(": ");
                literal(text, field.getValue(), input.getField((String) field.getKey()).getType());
                first = false;
            }
            text.append('}');
        } else if (type instanceof GraphQLEnumType) {
            text.append(value instanceof Enum<?> constant ? constant.name() : value.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else {
            Object serialized = ((GraphQLScalarType) type).getCoercing().serialize(value, GraphQLContext.getDefault(),
                    Locale.getDefault());
            text.append(serialized instanceof Number || serialized instanceof Boolean ? serialized.toString()
                    : Json.encode(serialized.toString()));
        }
    }

    /** One field of the selection being written: its name and arguments, and its own fields by the same text. */
    private static final class Node {
        private final String field;
        private final Map<String, Node> children = new LinkedHashMap<>();

        Node(String field) {
            this.field = field;
        }

        Node child(String field) {
            return children.computeIfAbsent(field, Node::new);
        }

        /** A key a join needs, e.g. "stages.touchpoints.id". */
        void path(String dotted) {
            Node node = this;
            for (String part : dotted.split("\\.")) {
                node = node.child(part);
            }
        }

        void print(StringBuilder text) {
            text.append(field);
            if (!children.isEmpty()) {
                text.append(' ');
                printChildren(text);
            }
        }

        void printChildren(StringBuilder text) {
            text.append('{');
            if (children.isEmpty()) {
                text.append(" __typename"); // only joined fields asked: the object itself still is
            }
            for (Node child : children.values()) {
                text.append(' ');
                child.print(text);
            }
            text.append(" }");
        }
    }
}
