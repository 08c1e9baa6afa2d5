package io.parcours.gateway.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.parcours.gateway.subgraph.Subgraphs;

/**
 * Which root fields are public is each subgraph's decision, read from its SDL: a root field added to a subgraph is
 * offered by the gateway with no gateway code; one the subgraph marks @inaccessible, and the federation's own, are
 * not (unit: the schema merge).
 */
class PublicRootFieldsTest {

    /** The gateway's Java side as SmallRye gives it: one root field with code of its own, no mutation. */
    private static final String JAVA_SIDE = """
            type Query { journey: Forwarded }
            type Forwarded { subgraphType: String }
            """;

    @Test
    void aRootFieldAddedToASubgraphIsPublicWithItsArgumentsTypeAndDescription() {
        GraphQLSchema schema = merged(subgraph -> subgraph.equals(Subgraphs.PERSONA) ? """
                  "Personas whose name starts with the prefix, at most 10. Role viewer or above."
                  personasNamed(prefix: String!): [Persona!]!
                """ : "");

        GraphQLFieldDefinition added = schema.getQueryType().getFieldDefinition("personasNamed");
        assertThat(added).isNotNull();
        assertThat(added.getDescription()).isEqualTo("Personas whose name starts with the prefix, at most 10. Role viewer or above.");
        assertThat(added.getArgument("prefix").getType().toString()).isEqualTo("String!");
        assertThat(added.getType().toString()).isEqualTo("[Persona!]!");
        assertThat(fetcherOf(schema, "Query", "personasNamed")).isInstanceOf(SubgraphRootField.class);
    }

    @Test
    void inaccessibleAndFederationRootFieldsStayWithTheGateway() {
        GraphQLSchema schema = merged(subgraph -> subgraph.equals(Subgraphs.FEEDBACK) ? """
                  "A batch read for the gateway."
                  surveysByIdsForTheGateway(ids: [String!]!): [Survey]! @federation__inaccessible
                """ : "");

        assertThat(schema.getQueryType().getFieldDefinition("surveysByIdsForTheGateway")).isNull();
        // The subgraphs' own batch reads, marked in their SDLs, and the federation's fields.
        for (String hidden : new String[] {"personasByIds", "journeysByIds", "summariesByJourneyIds", "feedbackBatch",
                "_entities", "_service"}) {
            assertThat(schema.getQueryType().getFieldDefinition(hidden)).as(hidden).isNull();
        }
        assertThat(schema.getQueryType().getFieldDefinition("personas")).isNotNull();
    }

    @Test
    void mutationsAreTheSubgraphsEvenWhenTheGatewayDeclaresNone() {
        GraphQLSchema schema = merged(subgraph -> "");

        assertThat(schema.getMutationType()).isNotNull();
        for (String mutation : new String[] {"createPersona", "addStage", "submitResponse", "inviteContacts"}) {
            assertThat(fetcherOf(schema, "Mutation", mutation)).as(mutation).isInstanceOf(SubgraphRootField.class);
        }
        // A root field with gateway code keeps its fetcher, and the subgraph's arguments.
        assertThat(fetcherOf(schema, "Query", "journey")).isNotInstanceOf(SubgraphRootField.class);
        assertThat(schema.getQueryType().getFieldDefinition("journey").getArgument("id")).isNotNull();
    }

    /** The public schema, with lines added to a subgraph's Query type. */
    private static GraphQLSchema merged(Function<String, String> queryLinesOf) {
        GraphQLSchema draft = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(JAVA_SIDE),
                RuntimeWiring.newRuntimeWiring().build());
        SubgraphSdls sdls = new SubgraphSdls(subgraph -> SubgraphSdls.read("subgraphs/" + subgraph + "/schema.graphql")
                .replace("type Query {\n", "type Query {\n" + queryLinesOf.apply(subgraph)));
        return PublicSchema.merge(draft, sdls, SubgraphSdls.read("joins.graphql"), coordinates -> null).build();
    }

    private static Object fetcherOf(GraphQLSchema schema, String type, String field) {
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                schema.getObjectType(type).getFieldDefinition(field));
    }
}
