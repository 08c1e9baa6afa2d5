package io.parcours.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SecurityTest {

    private final String workspace = "security-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private Map<String, Object> journey;
    private Object stageId;
    private Object touchpointId;

    @BeforeEach
    void journey() {
        journey = Journeys.custom(editor, "Mine", "One");
        stageId = Journeys.stageId(journey, 1);
        touchpointId = Journeys.addTouchpoint(editor, stageId, Journeys.touchpoint("Home")).get("id");
        journey = Journeys.get(editor, journey.get("id"));
    }

    @Test
    void requestsWithoutAValidTokenAre401() {
        String query = "{ journeys { totalCount } }";
        GraphQL.post(null, query, Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.forged(workspace, "admin"), query, Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.expired(workspace, "admin"), query, Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.fromOtherIssuer(workspace, "admin"), query, Map.of()).then().statusCode(401);
    }

    @Test
    void viewerReadsButCannotChangeAnything() {
        String viewer = Tokens.of(workspace, "viewer");
        assertThat(Journeys.get(viewer, journey.get("id"))).isEqualTo(journey);
        for (JsonPath refused : writes(viewer)) {
            assertThat(refused.getString("errors[0].extensions.code")).as(refused.prettify()).isEqualTo("FORBIDDEN");
        }
        assertThat(Journeys.get(editor, journey.get("id"))).isEqualTo(journey);
        assertThat(GraphQL.call(editor, "{ journeys { totalCount } }").getInt("data.journeys.totalCount")).isEqualTo(1);
    }

    @Test
    void collectorReadsNothing() {
        String collector = Tokens.of(workspace, "collector");
        for (String query : List.of("{ journeys { totalCount } }", "{ journeysByIds(ids: [\"" + journey.get("id") + "\"]) { id } }",
                "{ touchpointsByIds(ids: [\"" + touchpointId + "\"]) { id } }",
                "{ journey(id: \"" + journey.get("id") + "\") { id } }")) {
            assertThat(GraphQL.call(collector, query).getString("errors[0].extensions.code")).as(query).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anotherWorkspaceSeesNothingAndChangesNothing() {
        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");
        assertThat(Journeys.get(intruder, journey.get("id"))).isNull();
        assertThat(GraphQL.call(intruder, "{ journeys { totalCount } }").getInt("data.journeys.totalCount")).isZero();
        assertThat(GraphQL.call(intruder, "query($ids: [String!]!) { touchpointsByIds(ids: $ids) { id } }",
                Map.of("ids", List.of(touchpointId))).getList("data.touchpointsByIds")).containsExactly((Object) null);
        // Their own createJourney is legitimate: it lands in their workspace, so it is left out here.
        for (JsonPath refused : writes(intruder).subList(1, 12)) {
            assertThat(refused.getString("errors[0].extensions.code")).as(refused.prettify()).isIn("NOT_FOUND", "VALIDATION");
        }
        assertThat(Journeys.get(editor, journey.get("id"))).isEqualTo(journey);
    }

    @Test
    void adminWritesLikeAnEditor() {
        String admin = Tokens.of(workspace, "admin");
        Map<String, Object> added = Journeys.ok(GraphQL.call(admin, "mutation($id: ID!) { addStage(journeyId: $id, name: \"Two\") "
                + "{ stages { name } } }", Map.of("id", journey.get("id"))), "addStage");
        assertThat(Journeys.stages(added)).extracting(s -> s.get("name")).containsExactly("One", "Two");
    }

    /** Every kind of write, aimed at this test's journey; createJourney first. */
    private List<JsonPath> writes(String token) {
        Object id = journey.get("id");
        return List.of(
                GraphQL.call(token, Journeys.CREATE, Map.of("input", Journeys.input("X"), "names", List.of("S"))),
                GraphQL.call(token, "mutation($id: ID!) { updateJourney(id: $id, input: {name: \"X\"}, expectedVersion: 1) { id } }", Map.of("id", id)),
                GraphQL.call(token, "mutation($id: ID!) { setJourneyStatus(id: $id, status: PUBLISHED, expectedVersion: 1) { id } }", Map.of("id", id)),
                GraphQL.call(token, "mutation($id: ID!) { deriveJourney(id: $id, mapType: FUTURE_STATE) { id } }", Map.of("id", id)),
                GraphQL.call(token, "mutation($id: ID!) { addStage(journeyId: $id, name: \"X\") { id } }", Map.of("id", id)),
                GraphQL.call(token, "mutation($id: ID!) { renameStage(stageId: $id, name: \"X\") { id } }", Map.of("id", stageId)),
                GraphQL.call(token, "mutation($id: ID!) { moveStage(stageId: $id, position: 1) { id } }", Map.of("id", stageId)),
                GraphQL.call(token, "mutation($id: ID!) { removeStage(stageId: $id, touchpoints: DELETE) { id } }", Map.of("id", stageId)),
                GraphQL.call(token, Journeys.ADD_TOUCHPOINT, Map.of("stage", stageId, "input", Journeys.touchpoint("X"))),
                GraphQL.call(token, "mutation($id: ID!) { updateTouchpoint(id: $id, input: {name: \"X\", channel: EMAIL}, expectedVersion: 0) { id } }",
                        Map.of("id", touchpointId)),
                GraphQL.call(token, "mutation($id: ID!, $s: ID!) { moveTouchpoint(id: $id, stageId: $s) { id } }",
                        Map.of("id", touchpointId, "s", stageId)),
                GraphQL.call(token, "mutation($id: ID!) { removeTouchpoint(id: $id) { id } }", Map.of("id", touchpointId)));
    }
}
