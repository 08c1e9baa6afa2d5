package io.parcours.touchpoint;

import static io.parcours.touchpoint.support.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Events;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class InteractionTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private final String workspace = "interactions-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private Object journeyId;
    private Object touchpointId;

    @BeforeEach
    void journeyWithOneTouchpoint() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "Only");
        journeyId = journey.get("id");
        touchpointId = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), Journeys.touchpoint("Home")).get("id");
    }

    @Test
    void aReplayedBatchIsStoredOnce() {
        List<Map<String, Object>> batch = List.of(event("e1", touchpointId, "c1", AT), event("e2", touchpointId, "c2", AT),
                Events.withOrder(event("e3", touchpointId, "c3", AT), "19.90"));

        JsonPath first = Events.record(collector, batch);
        assertThat(first.getInt("data.recordInteractions.accepted")).isEqualTo(3);
        assertThat(first.getList("data.recordInteractions.results.status")).containsOnly("ACCEPTED");

        JsonPath replay = Events.record(collector, batch);
        assertThat(replay.getInt("data.recordInteractions.accepted")).isZero();
        assertThat(replay.getInt("data.recordInteractions.duplicates")).isEqualTo(3);
        assertThat(entered()).isEqualTo(3);
        assertThat(funnel().getDouble("data.funnel.averageOrderValue")).isEqualTo(19.90);
    }

    @Test
    void concurrentIdenticalBatchesStoreEachEventOnce() {
        assertThat(entered()).as("builds the funnel progress, so the batches below also update it").isZero();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(event("concurrent-" + i, touchpointId, "customer-" + i, AT));
        }
        List<CompletableFuture<JsonPath>> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            senders.add(CompletableFuture.supplyAsync(() -> Events.record(collector, batch)));
        }
        List<JsonPath> results = senders.stream().map(CompletableFuture::join).toList();

        int accepted = results.stream().mapToInt(r -> r.getInt("data.recordInteractions.accepted")).sum();
        int duplicates = results.stream().mapToInt(r -> r.getInt("data.recordInteractions.duplicates")).sum();
        assertThat(accepted).isEqualTo(300);
        assertThat(duplicates).isEqualTo(900);
        assertThat(entered()).isEqualTo(300);
    }

    @Test
    void invalidEventsAreRejectedWithReasonsAndTheRestIsStored() {
        Object foreignTouchpoint = foreignTouchpoint();
        List<Map<String, Object>> batch = List.of(
                event("ok", touchpointId, "c1", AT),
                event("ok", touchpointId, "c1", AT),
                event("unknown", UUID.randomUUID().toString(), "c2", AT),
                event("foreign", foreignTouchpoint, "c3", AT),
                event("future", touchpointId, "c4", Instant.now().plus(1, ChronoUnit.HOURS)),
                Events.withOrder(event("negative", touchpointId, "c5", AT), "-1"),
                event("", touchpointId, " ", AT),
                event("x".repeat(101), "not-a-uuid", "c7", AT));

        JsonPath body = Events.record(collector, batch);

        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data.recordInteractions.results.status")).containsExactly("ACCEPTED", "DUPLICATE",
                "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(body.getInt("data.recordInteractions.accepted")).isEqualTo(1);
        assertThat(body.getInt("data.recordInteractions.duplicates")).isEqualTo(1);
        assertThat(body.getInt("data.recordInteractions.rejected")).isEqualTo(6);
        assertThat(body.getList("data.recordInteractions.results[2].reasons"))
                .containsExactly("touchpointId must be a touchpoint of this workspace");
        assertThat(body.getList("data.recordInteractions.results[3].reasons"))
                .containsExactly("touchpointId must be a touchpoint of this workspace");
        assertThat(body.getList("data.recordInteractions.results[4].reasons"))
                .containsExactly("occurredAt must not be more than 5 minutes in the future");
        assertThat(body.getList("data.recordInteractions.results[5].reasons").get(0).toString())
                .startsWith("orderValue must be between 0 and");
        assertThat(body.getList("data.recordInteractions.results[6].reasons"))
                .containsExactly("eventId must be 1 to 100 characters", "customerRef must be 1 to 200 characters");
        assertThat(body.getList("data.recordInteractions.results[7].reasons"))
                .containsExactly("eventId must be 1 to 100 characters", "touchpointId must be a touchpoint of this workspace");
        assertThat(entered()).isEqualTo(1);
    }

    @Test
    void batchesHoldOneToAThousandEvents() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(event("big-" + i, touchpointId, "c" + i, AT));
        }
        // Over the list limit every request has: refused before execution, naming the limit.
        LimitChecks.assertLimit(Events.record(collector, tooMany), "maxListItems");
        JsonPath empty = Events.record(collector, List.of());
        assertThat(empty.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(empty.getString("errors[0].message")).contains("events must hold 1 to 1000 events");
        assertThat(entered()).isZero();
        assertThat(Events.record(collector, tooMany.subList(0, 1000)).getInt("data.recordInteractions.accepted")).isEqualTo(1000);
    }

    @Test
    void collectorsAndEditorsRecordButViewersDoNot() {
        assertThat(Events.record(editor, List.of(event("by-editor", touchpointId, "c1", AT)))
                .getInt("data.recordInteractions.accepted")).isEqualTo(1);
        assertThat(Events.record(Tokens.of(workspace, "admin"), List.of(event("by-admin", touchpointId, "c2", AT)))
                .getInt("data.recordInteractions.accepted")).isEqualTo(1);
        JsonPath viewer = Events.record(Tokens.of(workspace, "viewer"), List.of(event("by-viewer", touchpointId, "c3", AT)));
        assertThat(viewer.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(entered()).isEqualTo(2);
    }

    private Object foreignTouchpoint() {
        String other = Tokens.of("other-" + UUID.randomUUID(), "editor");
        Map<String, Object> journey = Journeys.custom(other, "Theirs", "Only");
        return Journeys.addTouchpoint(other, Journeys.stageId(journey, 1), Journeys.touchpoint("Theirs")).get("id");
    }

    private JsonPath funnel() {
        return GraphQL.call(editor, "query($id: ID!) { funnel(journeyId: $id) { customersEntered averageOrderValue } }",
                Map.of("id", journeyId));
    }

    private int entered() {
        return funnel().getInt("data.funnel.customersEntered");
    }
}
