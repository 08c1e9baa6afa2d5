package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/** Query depth and complexity are bounded, malformed requests are 4xx, and subgraph errors keep their code. */
@QuarkusIntegrationTest
class LimitsIT {

    private final String workspace = "limits-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void tooDeepQueryIsRefusedBeforeAnySubgraphCall() {
        // journey › persona › journeys › persona › … › name: 15 levels, over the limit of 12.
        StringBuilder deep = new StringBuilder("{ journey(id: \"x\") {");
        for (int i = 0; i < 6; i++) {
            deep.append(" persona { journeys {");
        }
        deep.append(" name").append(" } }".repeat(6)).append(" } }");
        LimitChecks.assertLimit(GraphQL.call(editor, deep.toString()), "maxDepth");
    }

    @Test
    void tooComplexQueryIsRefused() {
        StringBuilder wide = new StringBuilder("{");
        wide.append(" journeys { edges { node {");
        for (int i = 0; i < 401; i++) {
            wide.append(" name");
        }
        LimitChecks.assertLimit(GraphQL.call(editor, wide.append(" } } } }").toString()), "maxFields");
    }

    @Test
    void standardIntrospectionIsAnswered() {
        // Deeper than any data query may be (depth 15 > 12 refused it once): GraphiQL's docs, codegen and IDEs send it.
        JsonPath body = LimitChecks.assertIntrospectionAnswered(editor);
        assertThat(body.getList("data.__schema.types.name")).contains("Journey", "EmotionPoint", "FeedbackSummary");
    }

    @Test
    void fragmentFanOutAndTypenameFloodsAreRefusedWhileOthersAnswer() {
        LimitChecks.assertFanOutRefusedWhileOthersAnswer(editor, "{ personas { totalCount } }");
    }

    @Test
    void twoThousandAliasesAreRefusedWithinAFractionOfASecond() {
        LimitChecks.assertAliasFloodRefusedWhileOthersAnswer(editor, "personas { totalCount }",
                "{ personas { totalCount } }", 500);
    }

    @Test
    void malformedRequestsAre4xx() {
        given().contentType("text/plain").header("Authorization", "Bearer " + editor).body("{ personas { totalCount } }")
                .post("/graphql").then().statusCode(415);
        given().contentType("application/json").header("Authorization", "Bearer " + editor)
                .body("{\"query\": \"{ personas { totalCount } }\", \"variables\": 7}").post("/graphql").then().statusCode(400);
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedBeforeExecution() {
        JsonPath literal = GraphQL.call(editor, "{ journeys(status: BOGUS) { totalCount } }");
        assertThat(literal.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
        assertThat(literal.getString("errors[0].message")).contains("Argument status").contains("JourneyStatus")
                .contains("got BOGUS");
        assertThat(literal.getString("errors[0].extensions.argument")).isEqualTo("status");
        assertThat((Object) literal.get("data")).isNull();

        JsonPath variable = GraphQL.call(editor, "query($s: JourneyStatus) { journeys(status: $s) { totalCount } }",
                Map.of("s", "BOGUS"));
        assertThat(variable.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
        assertThat(variable.getString("errors[0].message")).contains("Variable $s").contains("BOGUS");

        JsonPath missing = GraphQL.call(editor, "mutation { createPersona(input: { title: \"No name\" }) { id } }");
        assertThat(missing.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
        assertThat(missing.getString("errors[0].message")).contains("name");
        assertThat(GraphQL.call(editor, "{ personas { totalCount } }").getInt("data.personas.totalCount")).isZero();
    }

    @Test
    void aBatchedFieldWithTwoRangesIsRefusedNamingIt() {
        // Journey.feedback is read for all journeys at once: a second range would silently get the first one's scores.
        JsonPath body = GraphQL.call(editor, "{ journeys(first: 5) { edges { node { allTime: feedback { responseCount } "
                + "march: feedback(from: \"2026-03-01T00:00:00Z\") { responseCount } } } } }");
        assertThat(body.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains("Journey.feedback").contains("() and (from: 2026-03-01T00:00:00Z)");
        assertThat((Object) body.get("data")).isNull();
    }

    @Test
    void subgraphValidationErrorsKeepTheirCodeAndMessage() {
        JsonPath body = GraphQL.call(editor, "mutation($in: PersonaInput!) { createPersona(input: $in) { id } }",
                Map.of("in", Map.of("name", " ", "avatarUrl", "ftp://nowhere")));
        assertThat(body.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains("input.name").contains("input.avatarUrl");
        assertThat(body.getList("errors[0].path")).containsExactly("createPersona");
        assertThat(GraphQL.call(editor, "{ personas { totalCount } }").getInt("data.personas.totalCount")).isZero();
    }
}
