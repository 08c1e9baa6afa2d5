package io.parcours.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.testing.platform.MetricLines;
import io.parcours.testing.platform.ServiceProcess;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
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
    void stoppedSubgraphGivesPartialDataThenRecovers() throws IOException {
        ServiceProcess feedback = Platform.subgraph("feedback-service");
        long loggedBefore = logLines("feedback-service unavailable");
        double failedBefore = metric("parcours_gateway_subgraph_unavailable_total{subgraph=\"feedback-service\"}");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        feedback.stop();
        try {
            // The first call meets the outage and is logged, in its trace.
            assertPartial(io.restassured.RestAssured.given().contentType(ContentType.JSON)
                    .header("Authorization", "Bearer " + viewer)
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .body(Map.of("query", QUERY, "variables", Map.of("id", journeyId)))
                    .post("/graphql").then().statusCode(200).extract().jsonPath());
            for (int i = 0; i < 4; i++) {
                assertPartial(GraphQL.call(viewer, QUERY, Map.of("id", journeyId)));
            }
            assertThat(metric("parcours_gateway_subgraph_up{subgraph=\"feedback-service\"}")).isZero();
        } finally {
            feedback.start();
        }
        assertRecovers();
        // One line for the outage, one for the recovery: not one per failed call.
        assertThat(logLines("feedback-service unavailable")).isEqualTo(loggedBefore + 1);
        // A JSON object per line, as in k8s/, with the trace of the call that met the outage.
        JsonPath logged = JsonPath.from(lastLogLine("feedback-service unavailable"));
        assertThat(logged.getString("level")).isEqualTo("WARN");
        assertThat(logged.getString("loggerName")).isEqualTo("io.parcours.gateway.subgraph.Subgraph");
        assertThat(logged.getString("mdc.traceId")).isEqualTo(traceId);
        assertThat(logLines("feedback-service answers again")).isPositive();
        assertThat(metric("parcours_gateway_subgraph_unavailable_total{subgraph=\"feedback-service\"}"))
                .isGreaterThanOrEqualTo(failedBefore + 5);
        assertThat(metric("parcours_gateway_subgraph_up{subgraph=\"feedback-service\"}")).isEqualTo(1.0);
    }

    @Test
    void healthNamesEachSubgraphAndStaysReadyWhileOneAnswers() {
        JsonPath ready = health("ready", 200);
        assertThat(ready.getString("checks.find { it.name == 'subgraphs' }.data.'feedback-service'")).isEqualTo("UP");
        health("well", 200);
        List<ServiceProcess> subgraphs = List.of(Platform.subgraph("feedback-service"),
                Platform.subgraph("persona-service"), Platform.subgraph("touchpoint-service"));
        try {
            subgraphs.get(0).stop();
            // Partial answers are still served: ready, with the one that is down named; not well.
            JsonPath oneDown = health("ready", 200);
            assertThat(oneDown.getString("checks.find { it.name == 'subgraphs' }.data.'feedback-service'"))
                    .startsWith("DOWN: feedback-service cannot be reached");
            assertThat(oneDown.getString("checks.find { it.name == 'subgraphs' }.data.'persona-service'")).isEqualTo("UP");
            assertThat(health("well", 503).getString("checks.find { it.name == 'every subgraph' }.status"))
                    .isEqualTo("DOWN");
            subgraphs.get(1).stop();
            subgraphs.get(2).stop();
            // Nothing can be answered: not ready.
            assertThat(health("ready", 503).getString("checks.find { it.name == 'subgraphs' }.status")).isEqualTo("DOWN");
        } finally {
            subgraphs.forEach(ServiceProcess::start);
        }
        health("well", 200);
        assertRecovers();
    }

    private static JsonPath health(String kind, int status) {
        return io.restassured.RestAssured.given().get("/q/health/" + kind).then().statusCode(status).extract().jsonPath();
    }

    /** The packaged gateway's log (Quarkus' integration tests write it to target/quarkus.log). */
    private static long logLines(String text) throws IOException {
        try (var lines = Files.lines(Path.of("target", "quarkus.log"))) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    private static String lastLogLine(String text) throws IOException {
        try (var lines = Files.lines(Path.of("target", "quarkus.log"))) {
            return lines.filter(line -> line.contains(text)).reduce((first, second) -> second).orElseThrow();
        }
    }

    private static double metric(String series) {
        return MetricLines.of(io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract()
                .asString(), series);
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
