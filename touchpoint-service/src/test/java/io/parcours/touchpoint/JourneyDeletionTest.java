package io.parcours.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Events;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/** Deleting a journey: what goes with it, what stays, and who may. */
@QuarkusTest
class JourneyDeletionTest {

    private static final String DELETE = """
            mutation($id: ID!, $v: Int!) { deleteJourney(id: $id, expectedVersion: $v) {
              journeyId name stagesDeleted touchpointsDeleted interactionsDeleted derivedJourneysUnlinked } }""";

    private final String workspace = "deletion-" + UUID.randomUUID();
    private final String admin = Tokens.of(workspace, "admin");
    private final String editor = Tokens.of(workspace, "editor");

    @Inject
    Pool pool;

    @Test
    void aJourneyGoesWithItsStagesTouchpointsAndInteractionsWhileWhatWasDerivedFromItStays() {
        Map<String, Object> journey = Journeys.custom(editor, "Doomed", "Search", "Buy");
        Object search = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), Journeys.touchpoint("Ad")).get("id");
        Object buy = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 2), Journeys.touchpoint("Checkout")).get("id");
        Map<String, Object> kept = Journeys.custom(editor, "Kept", "Only");
        Object keptTouchpoint = Journeys.addTouchpoint(editor, Journeys.stageId(kept, 1), Journeys.touchpoint("Ad")).get("id");
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        Events.record(editor, List.of(Events.event("d1", search, "c1", at), Events.event("d2", buy, "c1", at.plusSeconds(60)),
                Events.event("d3", search, "c2", at), Events.event("k1", keptTouchpoint, "c1", at)));
        Object future = Journeys.ok(GraphQL.call(editor, "mutation($id: ID!) { deriveJourney(id: $id, mapType: FUTURE_STATE) "
                + "{ id } }", Map.of("id", journey.get("id"))), "deriveJourney").get("id");

        Object version = Journeys.get(editor, journey.get("id")).get("version");
        Map<String, Object> deleted = Journeys.ok(GraphQL.call(admin, DELETE, Map.of("id", journey.get("id"),
                "v", version)), "deleteJourney");

        assertThat(deleted).containsEntry("journeyId", journey.get("id")).containsEntry("name", "Doomed")
                .containsEntry("stagesDeleted", 2).containsEntry("touchpointsDeleted", 2)
                .containsEntry("interactionsDeleted", 3).containsEntry("derivedJourneysUnlinked", 1);
        assertThat(GraphQL.call(editor, Journeys.GET, Map.of("id", journey.get("id"))).getMap("data.journey")).isNull();
        assertThat(rows("select count(*) from touchpoint where journey_id = $1", journey.get("id"))).isZero();
        assertThat(rows("select count(*) from stage where journey_id = $1", journey.get("id"))).isZero();
        assertThat(rows("select count(*) from touchpoint_interaction where journey_id = $1", journey.get("id"))).isZero();
        assertThat(rows("select count(*) from touchpoint_interaction where journey_id = $1", kept.get("id")))
                .as("another journey's interactions").isEqualTo(1);
        Map<String, Object> derived = Journeys.get(editor, future);
        assertThat(derived).as("the future state stays, unlinked").containsEntry("derivedFromId", null)
                .containsEntry("version", 1).containsEntry("name", "Doomed");
        assertThat(Journeys.stages(derived)).hasSize(2);

        JsonPath late = Events.record(editor, List.of(Events.event("d4", search, "c3", at)));
        assertThat(late.getInt("data.recordInteractions.rejected")).as("a deleted touchpoint takes no interaction")
                .isEqualTo(1);
        assertThat(GraphQL.call(admin, DELETE, Map.of("id", journey.get("id"), "v", version))
                .getString("errors[0].extensions.code")).as("deleted once").isEqualTo("NOT_FOUND");
    }

    @Test
    void onlyAnAdminOfItsWorkspaceDeletesTheVersionItRead() {
        Map<String, Object> journey = Journeys.custom(editor, "Guarded", "One");
        Map<String, Object> id = Map.of("id", journey.get("id"), "v", 0);

        assertThat(code(GraphQL.call(editor, DELETE, id))).isEqualTo("FORBIDDEN");
        assertThat(code(GraphQL.call(Tokens.of(workspace, "viewer"), DELETE, id))).isEqualTo("FORBIDDEN");
        assertThat(code(GraphQL.call(Tokens.of("other-" + workspace, "admin"), DELETE, id))).isEqualTo("NOT_FOUND");
        GraphQL.call(editor, "mutation($id: ID!) { setJourneyStatus(id: $id, status: PUBLISHED, expectedVersion: 0) { id } }",
                Map.of("id", journey.get("id")));
        JsonPath stale = GraphQL.call(admin, DELETE, id);
        assertThat(code(stale)).isEqualTo("CONFLICT");
        assertThat(stale.getString("errors[0].message")).contains("is at version 1, not expectedVersion 0");
        assertThat(code(GraphQL.call(admin, DELETE, Map.of("id", "not-an-id", "v", 0)))).isEqualTo("NOT_FOUND");

        assertThat(Journeys.get(editor, journey.get("id"))).as("still there after every refusal")
                .containsEntry("name", "Guarded").containsEntry("version", 1);
    }

    private static String code(JsonPath body) {
        return body.getString("errors[0].extensions.code");
    }

    private long rows(String sql, Object journeyId) {
        return pool.preparedQuery(sql).execute(Tuple.of(UUID.fromString(journeyId.toString())))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
