package io.parcours.gateway.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.parcours.gateway.subgraph.Subgraphs;

/**
 * A field added to a subgraph reaches the public schema, is forwarded when selected and read from the subgraph's
 * JSON, with no change to the gateway's code (unit: the schema merge and the forwarded query, no network).
 */
class NewSubgraphFieldTest {

    /** The gateway's Java side as SmallRye gives it: a forwarded root field and a join on Journey. */
    private static final String JAVA_SIDE = """
            type Query { journey: Forwarded }
            type Forwarded { journey: Journey }
            type Journey { emotionCurve: [String] }
            """;

    private final AtomicReference<SubgraphQuery.Request> forwarded = new AtomicReference<>();

    @Test
    void aNewTouchpointFieldIsPublicForwardedAndReadFromTheAnswer() {
        GraphQLSchema schema = schemaWithNewField();

        GraphQLObjectType touchpoint = schema.getObjectType("Touchpoint");
        assertThat(touchpoint.getFieldDefinition("accessibilityNotes").getDescription())
                .isEqualTo("How the touchpoint serves customers with disabilities.");
        assertThat(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Touchpoint",
                "accessibilityNotes"), touchpoint.getFieldDefinition("accessibilityNotes"))).isInstanceOf(JsonField.class);
        // The root field takes touchpoint-service's arguments and type; the join stays the gateway's.
        assertThat(schema.getQueryType().getFieldDefinition("journey").getArgument("id")).isNotNull();
        assertThat(schema.getObjectType("Journey").getFieldDefinition("emotionCurve")).isNotNull();

        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute("""
                { journey(id: "j1") { title: name emotionCurve
                    stages { ...touchpointNotes touchpoints { notes: accessibilityNotes } } } }
                fragment touchpointNotes on Stage { touchpoints { name } }""");

        assertThat(result.getErrors()).isEmpty();
        // Aliases resolved, the fragment merged, the join left out and the keys it needs asked instead.
        assertThat(forwarded.get().document()).isEqualTo("query($id: ID!) { journey(id: $id) { name id stages { id "
                + "name touchpoints { id name emotion accessibilityNotes } } } }");
        assertThat(forwarded.get().variables()).isEqualTo(Map.of("id", "j1"));
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("journey", Map.of("title", "Trip",
                "emotionCurve", List.of("curve"),
                "stages", List.of(Map.of("touchpoints", List.of(Map.of("name", "Kiosk", "notes", "Step-free")))))));
    }

    private GraphQLSchema schemaWithNewField() {
        GraphQLSchema draft = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(JAVA_SIDE),
                RuntimeWiring.newRuntimeWiring()
                        .type("Journey", type -> type.dataFetcher("emotionCurve", env -> List.of("curve"))).build());
        SubgraphSdls sdls = new SubgraphSdls(subgraph -> {
            String sdl = SubgraphSdls.read("subgraphs/" + subgraph + "/schema.graphql");
            return subgraph.equals(Subgraphs.TOUCHPOINT) ? sdl.replace("type Touchpoint @key(fields : \"id\") {",
                    "type Touchpoint @key(fields : \"id\") {\n  \"How the touchpoint serves customers with "
                            + "disabilities.\"\n  accessibilityNotes: String") : sdl;
        });
        GraphQLSchema merged = PublicSchema.merge(draft, sdls).build();
        // What touchpoint-service answers to the forwarded query.
        Map<String, Object> answer = Map.of("name", "Trip", "id", "j1", "stages", List.of(Map.of("id", "s1",
                "name", "Visit", "touchpoints", List.of(Map.of("id", "t1", "name", "Kiosk", "emotion", 1,
                        "accessibilityNotes", "Step-free")))));
        DataFetcher<Object> touchpointService = env -> {
            forwarded.set(SubgraphQuery.root(env, "query"));
            return answer;
        };
        return merged.transform(schema -> schema.codeRegistry(merged.getCodeRegistry().transform(registry -> registry
                .dataFetcher(FieldCoordinates.coordinates("Query", "journey"), touchpointService))));
    }
}
