package io.parcours.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.testing.platform.ServiceProcess;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * The whole-journey query costs the same number of subgraph requests for 1 touchpoint as for 96, counted by the
 * subgraphs themselves (their Prometheus request counters).
 */
@QuarkusIntegrationTest
class RequestCountIT {

    private static final List<String> SUBGRAPHS = List.of("persona-service", "touchpoint-service", "feedback-service");

    private final String workspace = "count-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void requestsPerSubgraphDoNotGrowWithTouchpoints() {
        String small = journey(1, 1);
        String large = journey(8, 12);

        Map<String, Long> forOne = requestsFor(small, 1);
        Map<String, Long> forNinetySix = requestsFor(large, 96);

        // At most one request per subgraph per nesting level (see the gateway README):
        // touchpoint: journey, then funnel, then persona.journeys; persona: journey.persona; feedback: one request
        // for journey, stage and touchpoint scores (the emotion curve's too) and touchpoint surveys, started as soon
        // as the journey arrives.
        assertThat(forOne).isEqualTo(Map.of("persona-service", 1L, "touchpoint-service", 3L, "feedback-service", 1L));
        assertThat(forNinetySix).isEqualTo(forOne);
    }

    @Test
    void aPageOfJourneysMakesOneFeedbackRequest() {
        journey(2, 3);
        journey(3, 2);
        Map<String, Long> before = counts();
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), """
                { journeys(first: 10) { edges { node { name feedback { responseCount }
                  stages { feedback { responseCount } touchpoints { surveys { kind } feedback { responseCount } } } } } } }""");
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data.journeys.edges.node.stages.touchpoints.surveys.kind").toString())
                .isEqualTo("[[[[CSAT], [], []], [[CSAT], [], []]], [[[CSAT], []], [[CSAT], []], [[CSAT], []]]]");
        Map<String, Long> after = counts();
        assertThat(after.get("feedback-service") - before.get("feedback-service")).isEqualTo(1L);
    }

    @Test
    void moreTouchpointsThanOneBatchTakesAreReadInSlices() {
        for (int j = 0; j < 11; j++) {
            journey(2, 46); // a stage holds at most 50
        }
        Map<String, Long> before = counts();
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"),
                "{ journeys(first: 20) { edges { node { stages { touchpoints { surveys { kind } feedback { responseCount } } } } } } }");
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        List<Object> touchpoints = body.getList("data.journeys.edges.node.stages.touchpoints.flatten().flatten()");
        assertThat(touchpoints).hasSize(1_012);
        assertThat(body.getList("data.journeys.edges.node.stages.touchpoints.surveys.flatten().flatten().flatten().kind"))
                .hasSize(22).containsOnly("CSAT");
        // 1,012 touchpoints: two slices of at most 1,000 ids for the scores, two for the surveys.
        assertThat(counts().get("feedback-service") - before.get("feedback-service")).isEqualTo(4L);
    }

    @Test
    void touchpointServiceIsAskedOnlyForTheSelectedFields() {
        String id = journey(8, 12);
        String viewer = Tokens.of(workspace, "viewer");
        // What touchpoint-service writes for a call that does not reach it: the metrics answer each figure includes.
        long overhead = touchpointBytes(() -> GraphQL.call(viewer, "{ personas { totalCount } }"));
        long everyField = touchpointBytes(() -> GraphQL.call(viewer, "query($id: ID!) { journey(id: $id) { name "
                + "stages { id name position touchpoints { id journeyId stageId position name description channel "
                + "interaction ownerTeam customerAction customerThought emotion painPoints opportunities frontstage "
                + "backstage supportProcesses version createdAt updatedAt } } } }", Map.of("id", id))) - overhead;
        long names = touchpointBytes(() -> {
            JsonPath body = GraphQL.call(viewer, "query($id: ID!) { journey(id: $id) { stages { touchpoints { name } } } }",
                    Map.of("id", id));
            assertThat(body.getList("data.journey.stages.touchpoints.name").toString()).contains("Touchpoint 12");
            return body;
        }) - overhead;
        long light = touchpointBytes(() -> {
            JsonPath body = GraphQL.call(viewer, "query($id: ID!) { journey(id: $id) { name status } }", Map.of("id", id));
            assertThat(body.getString("data.journey.name")).isEqualTo("8×12");
            return body;
        }) - overhead;
        long listing = touchpointBytes(() -> {
            JsonPath body = GraphQL.call(viewer, "{ journeys { edges { node { name } } } }");
            assertThat(body.getList("data.journeys.edges.node.name")).containsExactly("8×12");
            return body;
        }) - overhead;
        // The 96 touchpoints with every field are most of the first answer; names alone a small part of it.
        assertThat(names).as("touchpoint names only").isLessThan(everyField / 4);
        assertThat(light).as("journey without stages").isLessThan(names);
        assertThat(listing).as("journeys without stages").isLessThan(names);
    }

    private static long touchpointBytes(Supplier<JsonPath> call) {
        ServiceProcess touchpoint = Platform.subgraph("touchpoint-service");
        long before = touchpoint.bytesWritten();
        JsonPath body = call.get();
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return touchpoint.bytesWritten() - before;
    }

    private String journey(int stages, int touchpointsPerStage) {
        String persona = Seed.persona(editor, "Leo", "Student");
        List<String> names = new ArrayList<>();
        for (int s = 1; s <= stages; s++) {
            names.add("Stage " + s);
        }
        Map<String, Object> journey = Seed.journey(editor, persona, stages + "×" + touchpointsPerStage, names);
        List<?> stageIds = (List<?>) journey.get("stages");
        for (Object stage : stageIds) {
            for (int t = 1; t <= touchpointsPerStage; t++) {
                String touchpoint = Seed.touchpoint(editor, stage, "Touchpoint " + t, t % 5 - 2);
                if (t == 1) {
                    Seed.survey(editor, "CSAT", (String) journey.get("id"), stage, touchpoint);
                }
            }
        }
        return (String) journey.get("id");
    }

    private Map<String, Long> requestsFor(String journeyId, int expectedTouchpoints) {
        Map<String, Long> before = counts();
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), WholeJourneyIT.WHOLE_JOURNEY, Map.of("id", journeyId));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getList("data.journey.emotionCurve")).hasSize(expectedTouchpoints);
        Map<String, Long> after = counts();
        Map<String, Long> made = new LinkedHashMap<>();
        SUBGRAPHS.forEach(name -> made.put(name, after.get(name) - before.get(name)));
        return made;
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        SUBGRAPHS.forEach(name -> counts.put(name, Platform.subgraph(name).graphqlRequests()));
        return counts;
    }
}
