package io.parcours.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.testing.platform.ServiceProcess;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/** A stopped or stalled subgraph costs its fields only; the gateway recovers by itself when it is back. */
@QuarkusIntegrationTest
class SubgraphOutageIT {

    private static final String QUERY = """
            query($id: ID!) { journey(id: $id) { name persona { name } feedback { responseCount }
              stages { name touchpoints { name feedback { responseCount } } } } }""";

    private final String workspace = "outage-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String viewer = Tokens.of(workspace, "viewer");
    private String journeyId;

    @BeforeEach
    void seed() {
        Map<String, Object> journey = Seed.journey(editor, Seed.persona(editor, "Mia", "Planner"), "Trip", List.of("Plan"));
        journeyId = (String) journey.get("id");
        Seed.touchpoint(editor, ((List<?>) journey.get("stages")).get(0), "Map", 1);
    }

    @Test
    void stoppedSubgraphGivesPartialDataThenRecovers() {
        ServiceProcess feedback = Platform.subgraph("feedback-service");
        feedback.stop();
        try {
            JsonPath partial = GraphQL.call(viewer, QUERY, Map.of("id", journeyId));
            assertPartial(partial);
        } finally {
            feedback.start();
        }
        assertRecovers();
    }

    @Test
    void stalledSubgraphTimesOutThenRecovers() {
        ServiceProcess feedback = Platform.subgraph("feedback-service");
        feedback.freeze();
        long started = System.nanoTime();
        try {
            JsonPath partial = GraphQL.call(viewer, QUERY, Map.of("id", journeyId));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertPartial(partial);
            assertThat(took).as("bounded by the subgraph timeout (%s)", Platform.SUBGRAPH_TIMEOUT)
                    .isLessThan(Duration.ofSeconds(5));
        } finally {
            feedback.thaw();
        }
        assertRecovers();
    }

    private static void assertPartial(JsonPath body) {
        assertThat(body.getString("data.journey.name")).isEqualTo("Trip");
        assertThat(body.getString("data.journey.persona.name")).isEqualTo("Mia");
        assertThat(body.getList("data.journey.stages.touchpoints.name").toString()).isEqualTo("[[Map]]");
        assertThat((Object) body.get("data.journey.feedback")).isNull();
        assertThat((Object) body.get("data.journey.stages[0].touchpoints[0].feedback")).isNull();
        assertThat(body.getList("errors.extensions.code")).containsOnly("SUBGRAPH_UNAVAILABLE");
        assertThat(body.getList("errors.path").stream().map(Object::toString))
                .contains("[journey, feedback]", "[journey, stages, 0, touchpoints, 0, feedback]");
        assertThat(body.getString("errors[0].message")).contains("feedback-service is unavailable");
    }

    private void assertRecovers() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonPath body;
        do {
            body = GraphQL.call(viewer, QUERY, Map.of("id", journeyId));
            if (body.getList("errors") == null) {
                break;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getInt("data.journey.feedback.responseCount")).isZero();
        assertThat(body.getInt("data.journey.stages[0].touchpoints[0].feedback.responseCount")).isZero();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
