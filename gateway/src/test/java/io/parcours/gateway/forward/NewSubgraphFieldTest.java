package io.parcours.gateway.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.parcours.gateway.subgraph.JsonTree;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;

/**
 * A field added to a subgraph reaches the public schema, is forwarded when selected and read from the subgraph's
 * JSON, with no change to the gateway's code (unit: the schema merge, the forwarded query and a join, no network).
 */
class NewSubgraphFieldTest {

    /** The gateway's Java side as SmallRye gives it: a forwarded root field. */
    private static final String JAVA_SIDE = """
            type Query { journey: Forwarded }
            type Forwarded { subgraphType: String }
            """;

    private final AtomicReference<SubgraphQuery.Request> forwarded = new AtomicReference<>();

    @Test
    void aNewFieldWithArgumentsIsForwardedWithTheCallersValues() {
        GraphQLSchema schema = schemaWithNewField();

        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(ExecutionInput.newExecutionInput(
                "{ journey(id: \"j1\") { stages { touchpoints { quote(locale: \"fr \\\"CA\\\"\", "
                        + "channels: [EMAIL, SMS], longest: 2) } } } }")
                .dataLoaderRegistry(new DataLoaderRegistry()).build());

        assertThat(result.getErrors()).isEmpty();
        // Strings escaped, enums bare, lists and numbers as written: a literal the subgraph parses back.
        assertThat(forwarded.get().document()).isEqualTo("query($id: ID!) { journey(id: $id) { stages { touchpoints "
                + "{ quote(locale: \"fr \\\"CA\\\"\", channels: [EMAIL, SMS], longest: 2) } } } }");
    }

    @Test
    void aNewTouchpointFieldIsPublicForwardedAndReadFromTheAnswer() {
        GraphQLSchema schema = schemaWithNewField();

        GraphQLObjectType touchpoint = schema.getObjectType("Touchpoint");
        assertThat(touchpoint.getFieldDefinition("accessibilityNotes").getDescription())
                .isEqualTo("How the touchpoint serves customers with disabilities.");
        assertThat(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Touchpoint",
                "accessibilityNotes"), touchpoint.getFieldDefinition("accessibilityNotes"))).isInstanceOf(JsonField.class);
        // The root field takes touchpoint-service's arguments and type; joins.graphql adds the gateway's joins.
        assertThat(schema.getQueryType().getFieldDefinition("journey").getArgument("id")).isNotNull();
        assertThat(schema.getObjectType("Journey").getFieldDefinition("persona")).isNotNull();

        String query = """
                { journey(id: "j1") { title: name persona { name }
                    stages { ...touchpointNotes touchpoints { notes: accessibilityNotes } } } }
                fragment touchpointNotes on Stage { touchpoints { name } }""";
        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(ExecutionInput.newExecutionInput(query)
                .dataLoaderRegistry(new DataLoaderRegistry()).build());

        assertThat(result.getErrors()).isEmpty();
        // Aliases resolved, the fragment merged, the join left out and the key it needs asked instead.
        assertThat(forwarded.get().document()).isEqualTo("query($id: ID!) { journey(id: $id) { name personaId "
                + "stages { touchpoints { name accessibilityNotes } } } }");
        assertThat(forwarded.get().variables()).isEqualTo(Map.of("id", "j1"));
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("journey", Map.of("title", "Trip",
                "persona", Map.of("name", "Mia"),
                "stages", List.of(Map.of("touchpoints", List.of(Map.of("name", "Kiosk", "notes", "Step-free")))))));
    }

    private GraphQLSchema schemaWithNewField() {
        GraphQLSchema draft = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(JAVA_SIDE),
                RuntimeWiring.newRuntimeWiring().build());
        SubgraphSdls sdls = new SubgraphSdls(subgraph -> {
            String sdl = SubgraphSdls.read("subgraphs/" + subgraph + "/schema.graphql");
            return subgraph.equals(Subgraphs.TOUCHPOINT) ? sdl.replace("type Touchpoint @key(fields : \"id\") {",
                    "type Touchpoint @key(fields : \"id\") {\n  \"How the touchpoint serves customers with "
                            + "disabilities.\"\n  accessibilityNotes: String\n"
                            + "  quote(locale: String!, channels: [Channel!], longest: Int): String") : sdl;
        });
        // Journey.persona as persona-service would answer it for each journey's personaId.
        Join persona = (request, journeys) -> Uni.createFrom().item(journeys.stream()
                .map(journey -> (Object) Map.of("name", "p1".equals(JsonTree.string(journey, "personaId")) ? "Mia" : "?"))
                .toList());
        GraphQLSchema merged = PublicSchema.merge(draft, sdls, SubgraphSdls.read("joins.graphql"),
                coordinates -> persona).build();
        // What touchpoint-service answers to the forwarded query.
        Map<String, Object> answer = Map.of("name", "Trip", "personaId", "p1", "stages", List.of(Map.of(
                "touchpoints", List.of(Map.of("name", "Kiosk", "accessibilityNotes", "Step-free")))));
        DataFetcher<Object> touchpointService = env -> {
            forwarded.set(SubgraphQuery.root(env, "query"));
            return answer;
        };
        return merged.transform(schema -> schema.codeRegistry(merged.getCodeRegistry().transform(registry -> registry
                .dataFetcher(FieldCoordinates.coordinates("Query", "journey"), touchpointService))));
    }
}
