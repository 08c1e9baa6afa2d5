package io.parcours.common.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Checks every argument literal and every variable value of a request against the schema's input types with
 * {@link ScalarRules}, before anything executes: the first place values enter, shared by every service. Unknown
 * fields, arguments and types are left to graphql-java's validation, which names them; what is checked here is what
 * graphql-java and SmallRye would otherwise coerce silently (wrap, truncate) or fail on with an internal error.
 */
final class ArgumentValues {

    private static final int MAX_ERRORS = 20;
    /** Every entity here is keyed by id alone; a representation holds nothing else. */
    private static final Set<String> REPRESENTATION_KEYS = Set.of("__typename", "id");

    private final GraphQLSchema schema;
    private final RequestLimits limits;
    private final List<RequestError> errors = new ArrayList<>();
    private List<String> entityNames;

    private ArgumentValues(GraphQLSchema schema, RequestLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    static List<RequestError> check(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables, RequestLimits limits) {
        ArgumentValues check = new ArgumentValues(schema, limits);
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            check.variable(definition, variables);
        }
        check.selections(operation.getSelectionSet(), rootType(schema, operation));
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            check.selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
        }
        return check.errors;
    }

    private static GraphQLType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    private void variable(VariableDefinition definition, Map<String, Object> variables) {
        GraphQLInputType type = inputType(definition.getType());
        String path = "$" + definition.getName();
        if (type == null) {
            return;
        }
        if (definition.getDefaultValue() != null) {
            literal(type, definition.getDefaultValue(), path, null);
        }
        if (!variables.containsKey(definition.getName())) {
            if (type instanceof GraphQLNonNull && definition.getDefaultValue() == null) {
                fail("variable", path, "Variable " + path + " is required (type " + GraphQLTypeUtil.simplePrint(type)
                        + ")");
            }
            return;
        }
        variableValue(type, variables.get(definition.getName()), path);
    }

    private void variableValue(GraphQLInputType type, Object value, String path) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                fail("variable", path, "Variable " + path + " must not be null");
            } else {
                variableValue((GraphQLInputType) nonNull.getWrappedType(), value, path);
            }
        } else if (value == null) {
            return;
        } else if (type instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (value instanceof List<?> items) {
                if (!tooLong("variable", path, items.size())) {
                    for (int i = 0; i < items.size(); i++) {
                        variableValue(item, items.get(i), path + "[" + i + "]");
                    }
                }
            } else {
                variableValue(item, value, path);
            }
        } else if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                fail("variable", path, "Variable " + path + " must be an object of type " + object.getName()
                        + " (got " + ScalarRules.kind(value) + ")");
                return;
            }
            for (Map.Entry<?, ?> entry : fields.entrySet()) {
                GraphQLInputObjectField field = object.getField(String.valueOf(entry.getKey()));
                if (field == null) {
                    fail("variable", path + "." + entry.getKey(), "Variable " + path + "." + entry.getKey()
                            + " is not a field of " + object.getName() + "; its fields are " + fieldNames(object));
                } else {
                    variableValue(field.getType(), entry.getValue(), path + "." + entry.getKey());
                }
            }
            requiredFields(object, fields.keySet().stream().map(String::valueOf).toList(), "variable", path);
        } else if (type instanceof GraphQLEnumType enumType) {
            if (!(value instanceof String name) || enumType.getValue(name) == null) {
                fail("variable", path, "Variable " + path + " must be " + enumRule(enumType, value));
            }
        } else if (type instanceof GraphQLScalarType scalar) {
            String rule = "_Any".equals(scalar.getName()) && value instanceof Map<?, ?> representation
                    ? representation(representation) : ScalarRules.checkVariable(scalar.getName(), value);
            if (rule != null) {
                fail("variable", path, "Variable " + path + " must " + rule);
            }
        }
    }

    private void selections(SelectionSet set, GraphQLType parent) {
        if (set == null || parent == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && parent instanceof GraphQLFieldsContainer container
                    && !field.getName().startsWith("__")) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition != null) {
                    arguments(field, definition);
                    selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
                }
            } else if (selection instanceof InlineFragment inline) {
                selections(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName()));
            }
        }
    }

    private void arguments(Field field, GraphQLFieldDefinition definition) {
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declared = definition.getArgument(argument.getName());
            if (declared != null) {
                literal(declared.getType(), argument.getValue(), argument.getName(), field.getName());
            }
        }
    }

    private void literal(GraphQLInputType type, Value<?> value, String path, String fieldName) {
        if (errors.size() >= MAX_ERRORS || value instanceof VariableReference) {
            return; // a variable's value is checked against its own declaration
        }
        String where = described(path, fieldName);
        String kind = fieldName == null ? "variable" : "argument";
        if (type instanceof GraphQLNonNull nonNull) {
            if (value instanceof NullValue) {
                fail(kind, path, where + " must not be null");
            } else {
                literal((GraphQLInputType) nonNull.getWrappedType(), value, path, fieldName);
            }
        } else if (value instanceof NullValue) {
            return;
        } else if (type instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                if (!tooLong(kind, path, array.getValues().size())) {
                    for (int i = 0; i < array.getValues().size(); i++) {
                        literal(item, array.getValues().get(i), path + "[" + i + "]", fieldName);
                    }
                }
            } else {
                literal(item, value, path, fieldName);
            }
        } else if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof ObjectValue fields)) {
                fail(kind, path, where + " must be an object of type " + object.getName() + " (got "
                        + ScalarRules.kind(value) + ")");
                return;
            }
            for (ObjectField field : fields.getObjectFields()) {
                GraphQLInputObjectField declared = object.getField(field.getName());
                if (declared == null) {
                    fail(kind, path + "." + field.getName(), described(path + "." + field.getName(), fieldName)
                            + " is not a field of " + object.getName() + "; its fields are " + fieldNames(object));
                } else {
                    literal(declared.getType(), field.getValue(), path + "." + field.getName(), fieldName);
                }
            }
            requiredFields(object, fields.getObjectFields().stream().map(ObjectField::getName).toList(), kind, path);
        } else if (type instanceof GraphQLEnumType enumType) {
            if (!(value instanceof EnumValue name) || enumType.getValue(name.getName()) == null) {
                fail(kind, path, where + " must be " + enumRule(enumType,
                        value instanceof EnumValue name ? name.getName() : value));
            }
        } else if (type instanceof GraphQLScalarType scalar) {
            String rule = "_Any".equals(scalar.getName()) ? representation(value)
                    : ScalarRules.checkLiteral(scalar.getName(), value);
            if (rule != null) {
                fail(kind, path, where + " must " + rule);
            }
        }
    }

    private void requiredFields(GraphQLInputObjectType object, List<String> given, String kind, String path) {
        for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
            if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue()
                    && !given.contains(field.getName())) {
                fail(kind, path + "." + field.getName(), (kind.equals("variable") ? "Variable " : "Argument ") + path
                        + "." + field.getName() + " is required (type "
                        + GraphQLTypeUtil.simplePrint(field.getType()) + ")");
            }
        }
    }

    /** How a literal is named in messages: an argument of a field, or (no field) a variable's default value. */
    private static String described(String path, String fieldName) {
        return fieldName == null ? "The default value of " + path : "Argument " + path + " of " + fieldName;
    }

    /**
     * A federation entity representation: an object naming one of this schema's object types, keyed by id, and
     * nothing else (every entity here is keyed by id alone and no field @requires another).
     */
    private String representation(Object representation) {
        Object typename;
        Object id;
        List<String> keys;
        if (representation instanceof Map<?, ?> map) {
            typename = map.get("__typename");
            id = map.get("id");
            keys = map.keySet().stream().map(String::valueOf).toList();
        } else if (representation instanceof ObjectValue object) {
            typename = literalString(object, "__typename");
            id = literalString(object, "id");
            keys = object.getObjectFields().stream().map(ObjectField::getName).toList();
        } else {
            return "be an entity representation: an object with __typename and id";
        }
        List<String> unknown = keys.stream().filter(key -> !REPRESENTATION_KEYS.contains(key)).toList();
        if (!unknown.isEmpty()) {
            return "be an entity representation holding only __typename and id, not " + String.join(", ",
                    unknown.stream().limit(5).toList());
        }
        if (!(typename instanceof String name) || !isEntity(name)) {
            return "be an entity representation whose __typename names an entity of this schema ("
                    + String.join(", ", entityNames()) + ")";
        }
        if (!(id instanceof String key) || key.isEmpty()) {
            return "be an entity representation with its key field id, a string";
        }
        return ScalarRules.text(key);
    }

    private boolean isEntity(String name) {
        return schema.getType(name) instanceof GraphQLObjectType && entityNames().contains(name);
    }

    /** The federation entities: the members of {@code _Entity}, looked up once per request however many are sent. */
    private List<String> entityNames() {
        if (entityNames == null) {
            entityNames = schema.getType("_Entity") instanceof GraphQLUnionType entities
                    ? entities.getTypes().stream().map(GraphQLNamedType::getName).sorted().toList() : List.of();
        }
        return entityNames;
    }

    private static Object literalString(ObjectValue object, String name) {
        return object.getObjectFields().stream().filter(field -> field.getName().equals(name)).findFirst()
                .map(field -> field.getValue() instanceof StringValue s ? s.getValue() : field.getValue()).orElse(null);
    }

    private boolean tooLong(String kind, String path, int size) {
        if (size <= limits.maxListItems()) {
            return false;
        }
        errors.add(RequestError.limitExceeded("maxListItems", limits.maxListItems(), (kind.equals("variable")
                ? "Variable " : "Argument ") + path + " has " + size + " items; at most " + limits.maxListItems()
                + " are accepted (limit maxListItems)"));
        return true;
    }

    private void fail(String kind, String path, String message) {
        errors.add(RequestError.invalidValue(kind, path, message));
    }

    private GraphQLInputType inputType(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            GraphQLInputType inner = inputType(nonNull.getType());
            return inner == null ? null : GraphQLNonNull.nonNull(inner);
        }
        if (type instanceof ListType list) {
            GraphQLInputType inner = inputType(list.getType());
            return inner == null ? null : GraphQLList.list(inner);
        }
        return type instanceof TypeName name && schema.getType(name.getName()) instanceof GraphQLInputType input
                ? input : null;
    }

    /** The rule for an enum, showing what was sent when it has the shape of a name (it says nothing else). */
    private static String enumRule(GraphQLEnumType type, Object sent) {
        String shown = sent instanceof String name && name.matches("[_A-Za-z][_0-9A-Za-z]{0,40}") ? "got " + name
                : "got " + ScalarRules.kind(sent);
        return "a " + type.getName() + ": one of " + type.getValues().stream()
                .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")) + " (" + shown + ")";
    }

    private static String fieldNames(GraphQLInputObjectType type) {
        return type.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName)
                .collect(Collectors.joining(", "));
    }
}
