package io.parcours.touchpoint;

import static io.parcours.touchpoint.support.Events.event;
import static io.parcours.touchpoint.support.Events.withOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Events;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The funnel against a data set computed by hand (see each assertion). */
@QuarkusTest
class FunnelTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String FUNNEL = """
            query($id: ID!, $from: DateTime, $to: DateTime) { funnel(journeyId: $id, from: $from, to: $to) {
              journeyId customersEntered customersCompleted overallConversion averageOrderValue
              breakStage { name dropOff }
              stages { stageId name position customers conversionFromPrevious dropOff medianSecondsFromPrevious averageOrderValue } } }""";

    private final String workspace = "funnel-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private Map<String, Object> journey;

    @BeforeEach
    void journeyWithInteractions() {
        journey = Journeys.custom(editor, "Purchase", "Discover", "Buy", "Review");
        Object t1 = touchpoint(1, "Ad");
        Object t2 = touchpoint(2, "Checkout");
        Object t3a = touchpoint(3, "Review site");
        Object t3b = touchpoint(3, "Survey");
        JsonPath body = Events.record(Tokens.of(workspace, "collector"), List.of(
                // A: all three stages; waits 100 s and 200 s; an order of 50 at the review.
                event("a1", t1, "A", at(0)), event("a2", t2, "A", at(100)), withOrder(event("a3", t3a, "A", at(300)), "50.00"),
                // B: discover and buy (wait 200 s).
                event("b1", t1, "B", at(0)), event("b2", t2, "B", at(200)),
                // C: discover only.
                event("c1", t1, "C", at(10)),
                // D: met the checkout before discovering: counts for the first stage only.
                event("d1", t2, "D", at(0)), event("d2", t1, "D", at(50)),
                // E: all three (waits 400 s and 100 s), two valued reviews.
                event("e1", t1, "E", at(0)), event("e2", t2, "E", at(400)),
                withOrder(event("e3", t3b, "E", at(500)), "30.00"), withOrder(event("e4", t3b, "E", at(600)), "10.00"),
                // F: only a review, never entered: not in the funnel, but its order counts for the journey.
                withOrder(event("f1", t3a, "F", at(0)), "90.00")));
        assertThat(body.getInt("data.recordInteractions.accepted")).as(body.prettify()).isEqualTo(13);
    }

    @Test
    void aJourneyCarriesTheFunnelTheQueryComputes() {
        String selection = "journeyId customersEntered customersCompleted stages { name customers dropOff }";
        Map<String, Object> range = Map.of("from", at(0).toString(), "to", at(250).toString());
        JsonPath direct = GraphQL.call(editor, "query($id: ID!, $from: DateTime, $to: DateTime) { funnel(journeyId: $id, "
                + "from: $from, to: $to) { " + selection + " } }", withId(range));
        JsonPath onJourney = GraphQL.call(editor, "query($r: [_Any!]!, $from: DateTime, $to: DateTime) { _entities("
                + "representations: $r) { ... on Journey { funnel(from: $from, to: $to) { " + selection + " } } } }",
                Map.of("r", List.of(Map.of("__typename", "Journey", "id", journey.get("id"))),
                        "from", range.get("from"), "to", range.get("to")));

        assertThat(onJourney.getList("errors")).as(onJourney.prettify()).isNull();
        assertThat(direct.getList("data.funnel.stages.customers")).as("before 250 s: A to E entered, A and B bought, no review")
                .containsExactly(5, 2, 0);
        assertThat(onJourney.getMap("data._entities[0].funnel")).isEqualTo(direct.getMap("data.funnel"));
    }

    @Test
    void aFetchOfMoreJourneysThanOneFunnelBatchTakesIsRefusedNamingTheField() {
        List<Map<String, Object>> representations = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            representations.add(Map.of("__typename", "Journey", "id", Journeys.custom(editor, "J" + i, "Only").get("id")));
        }
        JsonPath refused = GraphQL.call(editor, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Journey { "
                + "funnel { customersEntered } } } }", Map.of("r", representations));
        assertThat(refused.getString("errors[0].extensions.code")).as(refused.prettify()).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("Journey.funnel must hold at most 100 ids");
        JsonPath hundred = GraphQL.call(editor, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Journey { "
                + "funnel { customersEntered } } } }", Map.of("r", representations.subList(0, 100)));
        assertThat(hundred.getList("errors")).as(hundred.prettify()).isNull();
        assertThat(hundred.getList("data._entities.funnel.customersEntered")).hasSize(100).containsOnly(0);
    }

    private Map<String, Object> withId(Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("id", journey.get("id"));
        return all;
    }

    @Test
    void computesTheSequentialFunnel() {
        JsonPath funnel = funnel(Map.of());

        assertThat(funnel.getString("data.funnel.journeyId")).isEqualTo(journey.get("id"));
        assertThat(funnel.getList("data.funnel.stages.name")).containsExactly("Discover", "Buy", "Review");
        assertThat(funnel.getList("data.funnel.stages.customers")).containsExactly(5, 3, 2);
        assertThat(funnel.getList("data.funnel.stages.dropOff")).isEqualTo(Arrays.asList(null, 2, 1));
        assertThat(funnel.getList("data.funnel.stages.conversionFromPrevious", Double.class))
                .isEqualTo(Arrays.asList(null, 0.6, 0.6667));
        assertThat(funnel.getList("data.funnel.stages.medianSecondsFromPrevious", Double.class))
                .isEqualTo(Arrays.asList(null, 200.0, 150.0));
        assertThat(funnel.getList("data.funnel.stages.averageOrderValue", Double.class))
                .isEqualTo(Arrays.asList(null, null, 30.0));
        assertThat(funnel.getInt("data.funnel.customersEntered")).isEqualTo(5);
        assertThat(funnel.getInt("data.funnel.customersCompleted")).isEqualTo(2);
        assertThat(funnel.getDouble("data.funnel.overallConversion")).isEqualTo(0.4);
        assertThat(funnel.getString("data.funnel.breakStage.name")).isEqualTo("Buy");
        assertThat(funnel.getInt("data.funnel.breakStage.dropOff")).isEqualTo(2);
        assertThat(funnel.getDouble("data.funnel.averageOrderValue")).isEqualTo(45.0);
    }

    @Test
    void allTimeProgressAgreesWithTheEventsAndFollowsNewInteractions() {
        JsonPath allTime = funnel(Map.of());
        JsonPath fromEvents = funnel(Map.of("from", "2000-01-01T00:00:00Z", "to", "2100-01-01T00:00:00Z"));
        assertThat(allTime.getList("data.funnel.stages")).isEqualTo(fromEvents.getList("data.funnel.stages"));
        assertThat(allTime.getDouble("data.funnel.averageOrderValue")).isEqualTo(fromEvents.getDouble("data.funnel.averageOrderValue"));

        // The progress is now built; new events update it at ingestion. C goes on to buy, late; a new customer G enters.
        Object checkout = Journeys.touchpoints(Journeys.stages(Journeys.get(editor, journey.get("id"))).get(1)).get(0).get("id");
        Object ad = Journeys.touchpoints(Journeys.stages(Journeys.get(editor, journey.get("id"))).get(0)).get(0).get("id");
        Events.record(Tokens.of(workspace, "collector"), List.of(withOrder(event("c2", checkout, "C", at(1000)), "20.00"),
                event("g1", ad, "G", at(5))));
        JsonPath after = funnel(Map.of());
        assertThat(after.getList("data.funnel.stages.customers")).containsExactly(6, 4, 2);
        assertThat(after.getList("data.funnel.stages.medianSecondsFromPrevious", Double.class))
                .isEqualTo(Arrays.asList(null, 300.0, 150.0));
        assertThat(after.getDouble("data.funnel.averageOrderValue")).isEqualTo(40.0);
        assertThat(after.getList("data.funnel.stages")).isEqualTo(
                funnel(Map.of("from", "2000-01-01T00:00:00Z", "to", "2100-01-01T00:00:00Z")).getList("data.funnel.stages"));
    }

    @Test
    void countsOnlyInteractionsInTheRange() {
        JsonPath early = funnel(Map.of("to", at(250).toString()));
        assertThat(early.getList("data.funnel.stages.customers")).containsExactly(5, 2, 0);
        assertThat(early.getString("data.funnel.breakStage.name")).isEqualTo("Buy");
        assertThat(early.getDouble("data.funnel.averageOrderValue")).isEqualTo(90.0);

        JsonPath late = funnel(Map.of("from", at(150).toString()));
        assertThat(late.getList("data.funnel.stages.customers")).containsExactly(0, 0, 0);
        assertThat(late.getString("data.funnel.breakStage")).isNull();
        assertThat((Object) late.get("data.funnel.overallConversion")).isNull();
    }

    @Test
    void movingATouchpointChangesWhichStageItsInteractionsCountFor() {
        Object survey = Journeys.touchpoints(Journeys.stages(Journeys.get(editor, journey.get("id"))).get(2)).get(1).get("id");
        GraphQL.call(editor, "mutation($id: ID!, $s: ID!) { moveTouchpoint(id: $id, stageId: $s) { id } }",
                Map.of("id", survey, "s", Journeys.stageId(journey, 1)));
        // E's survey answers now count as "Discover": E still reaches Buy at 400 s, but not Review.
        assertThat(funnel(Map.of()).getList("data.funnel.stages.customers")).containsExactly(5, 3, 1);
    }

    @Test
    void badRangeUnknownJourneyAndOtherWorkspace() {
        JsonPath reversed = GraphQL.call(editor, FUNNEL, Map.of("id", journey.get("id"), "from", at(100).toString(),
                "to", at(100).toString()));
        assertThat(reversed.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(reversed.getString("errors[0].message")).contains("to must be after from");

        assertThat(GraphQL.call(editor, FUNNEL, Map.of("id", UUID.randomUUID().toString())).getMap("data.funnel")).isNull();
        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");
        assertThat(GraphQL.call(intruder, FUNNEL, Map.of("id", journey.get("id"))).getMap("data.funnel")).isNull();
        JsonPath collector = GraphQL.call(Tokens.of(workspace, "collector"), FUNNEL, Map.of("id", journey.get("id")));
        assertThat(collector.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void batchOfFunnelsAnswersInArgumentOrder() {
        Map<String, Object> bare = Journeys.custom(editor, "Bare", "Only");
        String batch = "query($ids: [String!]!, $to: DateTime) { funnelsByJourneyIds(ids: $ids, to: $to) { journeyId "
                + "stages { customers } } }";
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), batch, Map.of("ids",
                List.of(bare.get("id"), UUID.randomUUID().toString(), journey.get("id")), "to", at(250).toString()));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getString("data.funnelsByJourneyIds[0].journeyId")).isEqualTo(bare.get("id"));
        assertThat(body.getList("data.funnelsByJourneyIds[0].stages.customers")).containsExactly(0);
        assertThat((Object) body.get("data.funnelsByJourneyIds[1]")).isNull();
        assertThat(body.getList("data.funnelsByJourneyIds[2].stages.customers")).containsExactly(5, 2, 0);

        List<String> tooMany = java.util.Collections.nCopies(101, UUID.randomUUID().toString());
        JsonPath refused = GraphQL.call(Tokens.of(workspace, "viewer"), batch, Map.of("ids", tooMany));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("ids must hold at most 100 ids");
    }

    @Test
    void journeyWithoutStagesHasAnEmptyFunnel() {
        Map<String, Object> bare = Journeys.custom(editor, "Bare", "Only");
        GraphQL.call(editor, "mutation($id: ID!) { removeStage(stageId: $id) { id } }", Map.of("id", Journeys.stageId(bare, 1)));
        JsonPath funnel = GraphQL.call(editor, FUNNEL, Map.of("id", bare.get("id")));
        assertThat(funnel.getList("data.funnel.stages")).isEmpty();
        assertThat(funnel.getInt("data.funnel.customersEntered")).isZero();
    }

    private JsonPath funnel(Map<String, Object> range) {
        Map<String, Object> variables = new HashMap<>(range);
        variables.put("id", journey.get("id"));
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), FUNNEL, variables);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body;
    }

    private Object touchpoint(int stage, String name) {
        return Journeys.addTouchpoint(editor, Journeys.stageId(journey, stage), Journeys.touchpoint(name)).get("id");
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
