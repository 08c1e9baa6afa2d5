package io.parcours.gateway.forward;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Builds the gateway's public schema from three sources. SmallRye GraphQL reads the gateway's Java code: the root
 * fields it offers, with its own descriptions. Every type those reach — objects, inputs, enums — and every root
 * field's arguments and type are read from the owning subgraph's SDL ({@link SubgraphSdls}): a field a subgraph adds
 * appears here, served by {@link JsonField} from the subgraph's JSON, with no change to the gateway's code.
 * joins.graphql adds the fields the gateway joins across subgraphs (persona, scores, funnel, emotion curve),
 * each resolved by the {@link Join} of its coordinates through a {@link JoinFetcher}. Only the types the public root
 * fields reach are added.
 * <p>
 * A SmallRye GraphQL eventing service (see META-INF/services): it sees the schema as it is built.
 */
public class PublicSchema implements EventingService {

    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Gives every execution a DataLoader registry for the joins (SmallRye gives one only to its own batch methods,
     * and the gateway has none). SmallRye's instrumentation chain, set before, is empty here: no SmallRye complexity
     * or depth limit (the request guard checks those) and no federation tracing (the gateway is no subgraph).
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.instrumentation(new SimplePerformantInstrumentation() {
            @Override
            public ExecutionInput instrumentExecutionInput(ExecutionInput input,
                    InstrumentationExecutionParameters parameters, InstrumentationState state) {
                return input.getDataLoaderRegistry().getDataLoaders().isEmpty()
                        ? input.transform(execution -> execution.dataLoaderRegistry(new DataLoaderRegistry()))
                        : input;
            }
        });
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return merge(builder.build(), new SubgraphSdls(), SubgraphSdls.read("joins.graphql"),
                coordinates -> Arc.container().instance(Joins.class).get().of(coordinates));
    }

    /**
     * @param joins the SDL of the joined fields (extensions of the subgraphs' types) and of the gateway's own types
     * @param joinOf the Join resolving a joined field, by coordinates (looked up once, at its first use)
     */
    static GraphQLSchema.Builder merge(GraphQLSchema draft, SubgraphSdls sdls, String joins,
            Function<String, Join> joinOf) {
        return new Merge(draft, sdls, new SchemaParser().parse(joins), joinOf).run();
    }

    /** One merge: the types built so far and those still to build. */
    private static final class Merge {
        private final GraphQLSchema draft;
        private final SubgraphSdls sdls;
        private final TypeDefinitionRegistry joins;
        private final Function<String, Join> joinOf;
        private final Map<String, GraphQLNamedType> built = new LinkedHashMap<>();
        private final Deque<String> referenced = new ArrayDeque<>();
        private final GraphQLCodeRegistry.Builder registry;
        private final SdlTypes sdl = new SdlTypes(this::byName);

        Merge(GraphQLSchema draft, SubgraphSdls sdls, TypeDefinitionRegistry joins, Function<String, Join> joinOf) {
            this.draft = draft;
            this.sdls = sdls;
            this.joins = joins;
            this.joinOf = joinOf;
            this.registry = GraphQLCodeRegistry.newCodeRegistry(draft.getCodeRegistry());
        }

        GraphQLSchema.Builder run() {
            GraphQLObjectType query = root("Query", draft.getQueryType());
            GraphQLObjectType mutation = root("Mutation", draft.getMutationType());
            GraphQLObjectType subscription = root("Subscription", draft.getSubscriptionType());
            while (!referenced.isEmpty()) {
                String name = referenced.pop();
                if (!built.containsKey(name) && !ROOTS.contains(name)) {
                    built.put(name, type(name));
                }
            }
            GraphQLSchema.Builder schema = GraphQLSchema.newSchema().query(query).mutation(mutation).subscription(subscription)
                    .additionalTypes(new LinkedHashSet<>(built.values())).codeRegistry(registry.build());
            for (GraphQLDirective directive : draft.getDirectives()) {
                if (!DirectiveInfo.isGraphqlSpecifiedDirective(directive.getName())) {
                    schema.additionalDirective(directive);
                }
            }
            return schema;
        }

        /**
         * A root type: the subgraphs' public root fields of that type, forwarded as they are, and the gateway's own
         * (Java) root fields — which, where they share a subgraph field's name, add behaviour to it (JourneyApi) and
         * take its arguments and type from the subgraph.
         */
        private GraphQLObjectType root(String type, GraphQLObjectType javaRoot) {
            GraphQLObjectType.Builder root = GraphQLObjectType.newObject().name(type)
                    .description(javaRoot != null ? javaRoot.getDescription() : type + " root");
            List<GraphQLFieldDefinition> javaFields = javaRoot == null ? List.of() : javaRoot.getFieldDefinitions();
            boolean any = !javaFields.isEmpty();
            for (Map.Entry<String, FieldDefinition> served : sdls.publicRootFields(type)) {
                String name = served.getValue().getName();
                if (javaRoot == null || javaRoot.getFieldDefinition(name) == null) {
                    root.field(sdl.field(served.getValue()));
                    registry.dataFetcher(FieldCoordinates.coordinates(type, name),
                            new SubgraphRootField(served.getKey(), "Mutation".equals(type)));
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            for (GraphQLFieldDefinition field : javaFields) {
                Optional<Map.Entry<String, FieldDefinition>> served = sdls.rootField(type, field.getName());
                if (served.isPresent()) {
                    GraphQLFieldDefinition fromSdl = sdl.field(served.get().getValue());
                    root.field(fromSdl.getDescription() != null ? fromSdl
                            : fromSdl.transform(f -> f.description(field.getDescription())));
                } else {
                    root.field(withReferences(field));
                }
            }
            return root.build();
        }

        private GraphQLNamedType type(String name) {
            Optional<TypeDefinition<?>> fromSdl = sdls.definition(name)
                    .or(() -> joins.getType(name).map(type -> (TypeDefinition<?>) type));
            if (fromSdl.isEmpty()) {
                GraphQLType javaType = draft.getType(name);
                if (javaType == null) {
                    throw new IllegalStateException(name + " is defined neither by a subgraph nor by the gateway");
                }
                return javaOnly((GraphQLNamedType) javaType);
            }
            TypeDefinition<?> definition = fromSdl.get();
            if (definition instanceof ObjectTypeDefinition object) {
                return object(object);
            }
            if (definition instanceof InputObjectTypeDefinition input) {
                return sdl.input(input);
            }
            if (definition instanceof EnumTypeDefinition enumType) {
                return sdl.enumType(enumType);
            }
            if (definition instanceof ScalarTypeDefinition scalar) {
                return PassThroughScalar.of(scalar.getName(), SdlTypes.text(scalar.getDescription()));
            }
            throw new IllegalStateException(name + ": the gateway serves no " + definition.getClass().getSimpleName());
        }

        /**
         * A subgraph's object type: its fields read from the subgraph's JSON, plus the fields the gateway joins onto
         * it. A gateway type of joins.graphql (EmotionPoint) is read by graphql-java's property fetcher.
         */
        private GraphQLObjectType object(ObjectTypeDefinition definition) {
            String type = definition.getName();
            boolean subgraphs = sdls.definition(type).isPresent();
            GraphQLObjectType.Builder object = GraphQLObjectType.newObject().name(type)
                    .description(SdlTypes.text(definition.getDescription()));
            Set<String> joined = new LinkedHashSet<>();
            for (ObjectTypeExtensionDefinition extension : joins.objectTypeExtensions().getOrDefault(type, List.of())) {
                for (FieldDefinition field : extension.getFieldDefinitions()) {
                    String coordinates = type + "." + field.getName();
                    joined.add(field.getName());
                    object.field(sdl.field(field));
                    registry.dataFetcher(FieldCoordinates.coordinates(type, field.getName()),
                            new JoinFetcher(coordinates, memoized(() -> joinOf.apply(coordinates))));
                }
            }
            for (FieldDefinition field : definition.getFieldDefinitions()) {
                if (!joined.contains(field.getName())) {
                    object.field(sdl.field(field));
                    if (subgraphs) {
                        registry.dataFetcher(FieldCoordinates.coordinates(type, field.getName()),
                                new JsonField(field.getName()));
                    }
                }
            }
            return object.build();
        }

        /** A type only the gateway's Java code defines (a root field no subgraph serves would bring one). */
        private GraphQLNamedType javaOnly(GraphQLNamedType type) {
            if (type instanceof GraphQLObjectType object) {
                return object.transform(builder -> {
                    builder.clearFields();
                    object.getFieldDefinitions().forEach(field -> builder.field(withReferences(field)));
                });
            }
            if (type instanceof GraphQLInputObjectType input) {
                return input.transform(builder -> {
                    builder.clearFields();
                    input.getFieldDefinitions().forEach(field -> builder.field(
                            field.transform(f -> f.type((GraphQLInputType) reference(field.getType())))));
                });
            }
            return type; // enums and scalars refer to nothing
        }

        private GraphQLFieldDefinition withReferences(GraphQLFieldDefinition field) {
            return field.transform(builder -> {
                builder.type((GraphQLOutputType) reference(field.getType()));
                builder.clearArguments();
                field.getArguments().forEach(argument -> builder.argument(
                        argument.transform(a -> a.type((GraphQLInputType) reference(argument.getType())))));
            });
        }

        /** The same type with its named type by reference (resolved when the schema is built), queued to be built. */
        private GraphQLType reference(GraphQLType type) {
            if (type instanceof GraphQLNonNull nonNull) {
                return GraphQLNonNull.nonNull(reference(nonNull.getWrappedType()));
            }
            if (type instanceof GraphQLList list) {
                return GraphQLList.list(reference(list.getWrappedType()));
            }
            String name = ((GraphQLUnmodifiedType) type).getName();
            return byName(name);
        }

        private GraphQLType byName(String name) {
            if (draft.getType(name) instanceof GraphQLScalarType scalar) {
                return scalar; // String, Int, …, DateTime: SmallRye's, the same instance everywhere
            }
            if (ScalarInfo.isGraphqlSpecifiedScalar(name)) {
                return ScalarInfo.GRAPHQL_SPECIFICATION_SCALARS.stream()
                        .filter(scalar -> scalar.getName().equals(name)).findFirst().orElseThrow();
            }
            referenced.add(name);
            return GraphQLTypeReference.typeRef(name);
        }
    }

    /** The value of a supplier, computed at its first use (joins are CDI beans: none exist while the schema is built). */
    static <T> Supplier<T> memoized(Supplier<T> supplier) {
        AtomicReference<T> value = new AtomicReference<>();
        return () -> {
            T known = value.get();
            if (known == null) {
                known = supplier.get();
                value.set(known);
            }
            return known;
        };
    }

}
