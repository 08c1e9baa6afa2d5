package io.parcours.persona;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** No single request can hold the service: each limit refuses before execution, naming itself. */
@QuarkusTest
class RequestLimitsTest {

    private final String viewer = Tokens.of("limits-" + UUID.randomUUID(), "viewer");

    @Test
    void standardIntrospectionIsAnswered() {
        JsonPath body = LimitChecks.assertIntrospectionAnswered(viewer);
        assertThat(body.getList("data.__schema.types.name")).contains("Persona", "PersonaInput");
    }

    @Test
    void fragmentFanOutAndTypenameFloodsAreRefusedWhileOthersAnswer() {
        LimitChecks.assertFanOutRefusedWhileOthersAnswer(viewer, "{ personas { totalCount } }");
    }

    @Test
    void twoThousandAliasesAreRefusedWithinAFractionOfASecond() {
        LimitChecks.assertAliasFloodRefusedWhileOthersAnswer(viewer, "personas { totalCount }",
                "{ personas { totalCount } }", 500);
    }

    @Test
    void eachLimitNamesItself() {
        LimitChecks.assertLimit(GraphQL.call(viewer, "{ a { b { c { d { e { f { g { h { i { j { k { l { m } } } } } } } } } } } } }"),
                "maxDepth");
        StringBuilder roots = new StringBuilder("{");
        for (int i = 0; i < 21; i++) {
            roots.append(" personas { totalCount }");
        }
        LimitChecks.assertLimit(GraphQL.call(viewer, roots.append(" }").toString()), "maxRootFields");
        StringBuilder fields = new StringBuilder("{ personas { edges { node {");
        for (int i = 0; i < 401; i++) {
            fields.append(" name");
        }
        LimitChecks.assertLimit(GraphQL.call(viewer, fields.append(" } } } }").toString()), "maxFields");
        LimitChecks.assertLimit(GraphQL.call(viewer, "{ " + "__typename ".repeat(5_001) + "}"), "maxTokens");
        LimitChecks.assertLimit(GraphQL.call(viewer, "{ personasByIds(ids: [" + "\"x\", ".repeat(1_001) + "]) { id } }"),
                "maxListItems");
    }

    @Test
    void fragmentsCountWhereTheyAreUsed() {
        // Each level doubles the fields: 2^5 × 13 name fields from a document of a few lines.
        String document = LimitChecks.fragmentFanOut("{ personas { edges { node { ...F0 } } } }", "Persona", 5,
                String.join(" ", Collections.nCopies(13, "name")));
        LimitChecks.assertLimit(GraphQL.call(viewer, document), "maxFields");
    }

    @Test
    void dataBesideIntrospectionStaysLimited() {
        StringBuilder roots = new StringBuilder("{ __schema { queryType { name } }");
        for (int i = 0; i < 21; i++) {
            roots.append(" p").append(i).append(": personas { totalCount }");
        }
        LimitChecks.assertLimit(GraphQL.call(viewer, roots.append(" }").toString()), "maxRootFields");
        String deepIntrospection = "{ __schema { types { fields { type" + " { ofType".repeat(20) + " { name }"
                + " }".repeat(20) + " } } } }";
        LimitChecks.assertLimit(GraphQL.call(viewer, deepIntrospection), "maxIntrospectionDepth");
    }

    @Test
    void graphqlResponseClientsGet400ForRequestErrors() {
        var refused = given().header("Authorization", "Bearer " + viewer).contentType("application/json")
                .accept("application/graphql-response+json").body("{\"query\": \"{ personas(first: 4.5) { totalCount } }\"}")
                .post("/graphql").then().statusCode(400).contentType("application/graphql-response+json").extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        var unknown = given().header("Authorization", "Bearer " + viewer).contentType("application/json")
                .accept("application/graphql-response+json").body("{\"query\": \"{ nope }\"}")
                .post("/graphql").then().statusCode(400).extract().jsonPath();
        assertThat(unknown.getString("errors[0].message")).contains("nope");
        given().header("Authorization", "Bearer " + viewer).contentType("application/json")
                .accept("application/graphql-response+json").body("{\"query\": \"{ personas { totalCount } }\"}")
                .post("/graphql").then().statusCode(200);
        for (String body : List.of("{\"query\": \"query A { personas { totalCount } }\", \"operationName\": \"B\"}",
                "{\"query\": \"query A { personas { totalCount } } query B { personas { totalCount } }\"}")) {
            var missing = given().header("Authorization", "Bearer " + viewer).contentType("application/json")
                    .accept("application/graphql-response+json").body(body).post("/graphql").then().statusCode(400)
                    .extract().jsonPath();
            assertThat(missing.getString("errors[0].extensions.code")).as(body).isEqualTo("BAD_REQUEST");
            assertThat(missing.getString("errors[0].message")).contains("operation");
        }
    }

    @Test
    void everyRequestErrorCarriesACode() {
        // application/json clients get 200 for request errors, but the same codes as everyone else.
        JsonPath unknownField = GraphQL.call(viewer, "{ personas { nope } }");
        assertThat(unknownField.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(unknownField.getString("errors[0].message")).contains("nope");
        JsonPath badDefault = GraphQL.call(viewer, "query Q($n: Int = 4.5) { personas(first: $n) { totalCount } }");
        assertThat(badDefault.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(badDefault.getString("errors[0].message")).contains("$n").doesNotContain("Value{");
        JsonPath nan = GraphQL.call(viewer, "query Q($f: Float = NaN) { personas { totalCount } }");
        assertThat(nan.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(nan.getString("errors[0].message")).doesNotContain("EnumValue");
    }
}
