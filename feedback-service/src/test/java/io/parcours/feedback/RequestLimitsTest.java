package io.parcours.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * No single request can hold the service. 2,000 aliases of {@code surveys { totalCount }} once ran it out of memory
 * and hung every other caller for 13 minutes.
 */
@QuarkusTest
class RequestLimitsTest {

    private final String workspace = "limits-" + UUID.randomUUID();
    private final String viewer = Tokens.of(workspace, "viewer");

    @Test
    void standardIntrospectionIsAnswered() {
        assertThat(LimitChecks.assertIntrospectionAnswered(viewer).getList("data.__schema.types.name"))
                .contains("Survey", "ResponseInput");
    }

    @Test
    void fragmentFanOutAndTypenameFloodsAreRefusedWhileOthersAnswer() {
        LimitChecks.assertFanOutRefusedWhileOthersAnswer(viewer, "{ surveys { totalCount } }");
    }

    @Test
    void twoThousandAliasesAreRefusedWithinAFractionOfASecond() {
        LimitChecks.assertAliasFloodRefusedWhileOthersAnswer(viewer, "surveys { totalCount }",
                "{ surveys { totalCount } }", 500);
    }

    @Test
    void aBatchOfTenThousandResponsesIsRefusedForItsSizeFirst() throws IOException, InterruptedException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            inputs.add(Map.of("surveyId", "s", "clientResponseId", "c" + i));
        }
        String submit = "mutation($in: [ResponseInput!]!) { submitResponses(inputs: $in) { status } }";
        String collector = Tokens.of(workspace, "collector");
        // Written once, and sent by the JDK's client: the clock measures the service, not the test's JSON writing or
        // RestAssured's handling of a 400 kB body (200–800 ms of client time on this machine).
        String request = new JsonObject(Map.of("query", submit, "variables", Map.of("in", inputs))).encode();
        postRaw(collector, request);
        long started = System.nanoTime();
        var body = postRaw(collector, request);
        LimitChecks.assertLimit(body, "maxListItems");
        assertThat(body.getString("errors[0].message")).contains("$in").contains("10000 items");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(1_000);
    }

    private static JsonPath postRaw(String token, String request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonPath.from(response.body());
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWithAGraphQLError() {
        String padding = "x".repeat(1024 * 1024);
        var body = RestAssured.given().header("Authorization", "Bearer " + viewer)
                .contentType("application/json").body("{\"query\": \"{ __typename }\", \"extensions\": {\"p\": \""
                        + padding + "\"}}").post("/graphql").then().statusCode(413).contentType("application/json")
                .extract().jsonPath();
        assertThat(body.getString("errors[0].extensions.code")).isEqualTo("LIMIT_EXCEEDED");
        assertThat(body.getString("errors[0].extensions.limit")).isEqualTo("maxBodyBytes");
    }

    @Test
    void malformedEntityRepresentationsAreNamed() {
        String entities = "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }";
        var noTypename = GraphQL.call(viewer, entities, Map.of("r", List.of(Map.of("id", "x"))));
        assertThat(noTypename.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(noTypename.getString("errors[0].extensions.variable")).isEqualTo("$r[0]");
        assertThat(noTypename.getString("errors[0].message")).contains("__typename");
        var wrongKey = GraphQL.call(viewer, entities, Map.of("r", List.of(Map.of("__typename", "Survey", "id", 5))));
        assertThat(wrongKey.getString("errors[0].message")).contains("id");
        var unknownType = GraphQL.call(viewer, entities, Map.of("r", List.of(Map.of("__typename", "Nope", "id", "x"))));
        assertThat(unknownType.getString("errors[0].extensions.variable")).isEqualTo("$r[0]");
        var notAnEntity = GraphQL.call(viewer, entities, Map.of("r", List.of(Map.of("__typename", "Query", "id", "x"))));
        assertThat(notAnEntity.getString("errors[0].message")).contains("entity").contains("Survey");
        var sound = GraphQL.call(viewer, entities, Map.of("r", List.of(Map.of("__typename", "Survey", "id", "nope"))));
        assertThat(sound.getList("errors")).isNull();
        assertThat(sound.getList("data._entities")).hasSize(1);
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(Map.of("__typename", "Survey", "id", "s" + i));
        }
        LimitChecks.assertLimit(GraphQL.call(viewer, entities, Map.of("r", many)), "maxListItems");
    }
}
