package io.parcours.touchpoint;

import static io.parcours.touchpoint.support.Journeys.stages;
import static io.parcours.touchpoint.support.Journeys.touchpoints;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TouchpointTest {

    private static final String UPDATE = "mutation($id: ID!, $input: TouchpointInput!, $v: Int!) { updateTouchpoint(id: $id, "
            + "input: $input, expectedVersion: $v) { " + Journeys.TOUCHPOINT_FIELDS + " } }";
    private static final String MOVE = "mutation($id: ID!, $stage: ID!, $position: Int) { moveTouchpoint(id: $id, "
            + "stageId: $stage, position: $position) { stages { touchpoints { name position stageId } } } }";

    private final String editor = Tokens.of("touchpoints-" + UUID.randomUUID(), "editor");

    @Test
    void everyFieldRoundTrips() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "Buy");
        Map<String, Object> input = full("Checkout");

        Map<String, Object> created = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), input);

        assertThat(created).containsEntry("name", "Checkout").containsEntry("description", "Pay for the basket")
                .containsEntry("channel", "MOBILE_APP").containsEntry("interaction", "DIRECT")
                .containsEntry("ownerTeam", "Payments").containsEntry("customerAction", "Enters card details")
                .containsEntry("customerThought", "Is this safe?").containsEntry("emotion", -1)
                .containsEntry("painPoints", List.of("3-D Secure pop-up")).containsEntry("opportunities", List.of("Wallet pay"))
                .containsEntry("frontstage", List.of("Payment form")).containsEntry("backstage", List.of("Fraud scoring"))
                .containsEntry("supportProcesses", List.of("PSP")).containsEntry("version", 0).containsEntry("position", 1)
                .containsEntry("journeyId", journey.get("id")).containsEntry("stageId", Journeys.stageId(journey, 1));
        Map<String, Object> inMap = touchpoints(stages(Journeys.get(editor, journey.get("id"))).get(0)).get(0);
        assertThat(inMap).isEqualTo(created);
    }

    @Test
    void updateWithOptimisticLocking() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "Buy");
        Map<String, Object> created = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), full("Checkout"));
        Map<String, Object> changes = Journeys.touchpoint("Checkout v2");
        changes.put("interaction", "INDIRECT");
        changes.put("emotion", 2);

        Map<String, Object> updated = Journeys.ok(GraphQL.call(editor, UPDATE,
                Map.of("id", created.get("id"), "input", changes, "v", 0)), "updateTouchpoint");
        assertThat(updated).containsEntry("name", "Checkout v2").containsEntry("interaction", "INDIRECT")
                .containsEntry("emotion", 2).containsEntry("painPoints", List.of()).containsEntry("version", 1);

        JsonPath stale = GraphQL.call(editor, UPDATE, Map.of("id", created.get("id"), "input", full("Lost"), "v", 0));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(Journeys.ok(GraphQL.call(editor, "query($ids: [String!]!) { touchpointsByIds(ids: $ids) { name } }",
                Map.of("ids", List.of(created.get("id")))), "touchpointsByIds[0]")).containsEntry("name", "Checkout v2");
    }

    @Test
    void insertAtPositionAndMoveKeepStagesDense() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "One", "Two");
        Object one = Journeys.stageId(journey, 1);
        Object two = Journeys.stageId(journey, 2);
        Map<String, Object> a = Journeys.addTouchpoint(editor, one, Journeys.touchpoint("a"));
        Journeys.addTouchpoint(editor, one, Journeys.touchpoint("c"));
        Journeys.ok(GraphQL.call(editor, Journeys.ADD_TOUCHPOINT, Map.of("stage", one, "input", Journeys.touchpoint("b"),
                "position", 2)), "addTouchpoint");
        Journeys.addTouchpoint(editor, two, Journeys.touchpoint("x"));
        assertThat(names(Journeys.get(editor, journey.get("id")), 0)).containsExactly("a", "b", "c");

        Map<String, Object> within = Journeys.ok(GraphQL.call(editor, MOVE, Map.of("id", a.get("id"), "stage", one, "position", 3)),
                "moveTouchpoint");
        assertThat(names(within, 0)).containsExactly("b", "c", "a");

        Map<String, Object> across = Journeys.ok(GraphQL.call(editor, MOVE, Map.of("id", a.get("id"), "stage", two, "position", 1)),
                "moveTouchpoint");
        assertThat(names(across, 0)).containsExactly("b", "c");
        assertThat(names(across, 1)).containsExactly("a", "x");
        assertThat(touchpoints(stages(across).get(0))).extracting(t -> t.get("position")).containsExactly(1, 2);
        assertThat(touchpoints(stages(across).get(1))).extracting(t -> t.get("position")).containsExactly(1, 2);
        assertThat(touchpoints(stages(across).get(1)).get(0).get("stageId")).isEqualTo(two);

        Map<String, Object> removed = Journeys.ok(GraphQL.call(editor, "mutation($id: ID!) { removeTouchpoint(id: $id) { "
                + "stages { touchpoints { name position } } } }", Map.of("id", a.get("id"))), "removeTouchpoint");
        assertThat(names(removed, 1)).containsExactly("x");
        assertThat(touchpoints(stages(removed).get(1)).get(0).get("position")).isEqualTo(1);
    }

    @Test
    void movingToAStageOfAnotherJourneyIsRefused() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "One");
        Map<String, Object> other = Journeys.custom(editor, "Other", "Elsewhere");
        Map<String, Object> t = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), Journeys.touchpoint("t"));
        Map<String, Object> before = Journeys.get(editor, journey.get("id"));

        JsonPath foreign = GraphQL.call(editor, MOVE, Map.of("id", t.get("id"), "stage", Journeys.stageId(other, 1)));
        assertValidation(foreign, "stageId must be a stage of the touchpoint's journey");
        JsonPath unknown = GraphQL.call(editor, MOVE, Map.of("id", t.get("id"), "stage", UUID.randomUUID().toString()));
        assertValidation(unknown, "stageId must be a stage of the touchpoint's journey");
        JsonPath position = GraphQL.call(editor, MOVE, Map.of("id", t.get("id"), "stage", Journeys.stageId(journey, 1), "position", 2));
        assertValidation(position, "position must be between 1 and 1");
        assertThat(Journeys.get(editor, journey.get("id"))).isEqualTo(before);
        assertThat(stages(Journeys.get(editor, other.get("id"))).get(0).get("touchpoints")).isEqualTo(List.of());
    }

    @Test
    void badTouchpointInputIsRefusedAndNothingStored() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "One");
        Object stage = Journeys.stageId(journey, 1);
        rejected(stage, in -> in.put("emotion", 3), "input.emotion must be less than or equal to 2");
        rejected(stage, in -> in.put("emotion", -3), "input.emotion must be greater than or equal to -2");
        rejected(stage, in -> in.put("name", " "), "input.name must not be blank");
        rejected(stage, in -> in.put("name", "x".repeat(121)), "input.name size must be between 1 and 120");
        rejected(stage, in -> in.put("customerThought", "x".repeat(501)), "input.customerThought size must be between 0 and 500");
        rejected(stage, in -> in.put("painPoints", Collections.nCopies(21, "p")), "input.painPoints size must be between 0 and 20");
        rejected(stage, in -> in.put("backstage", List.of("")), "input.backstage[0] must not be blank");
        JsonPath unknownStage = GraphQL.call(editor, Journeys.ADD_TOUCHPOINT, Map.of("stage", UUID.randomUUID().toString(),
                "input", Journeys.touchpoint("t")));
        assertThat(unknownStage.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath channel = GraphQL.call(editor, Journeys.ADD_TOUCHPOINT, Map.of("stage", stage,
                "input", Map.of("name", "t", "channel", "CARRIER_PIGEON")));
        assertThat(channel.getString("errors[0].message")).contains("Channel").contains("CARRIER_PIGEON");
        assertThat(stages(Journeys.get(editor, journey.get("id"))).get(0).get("touchpoints")).isEqualTo(List.of());
    }

    @Test
    void touchpointsByIdsAnswersInArgumentOrder() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "One");
        Map<String, Object> a = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), Journeys.touchpoint("a"));
        Map<String, Object> b = Journeys.addTouchpoint(editor, Journeys.stageId(journey, 1), Journeys.touchpoint("b"));
        List<Map<String, Object>> found = GraphQL.call(editor, "query($ids: [String!]!) { touchpointsByIds(ids: $ids) { name } }",
                Map.of("ids", List.of(b.get("id"), UUID.randomUUID().toString(), a.get("id")))).getList("data.touchpointsByIds");
        assertThat(found.stream().map(t -> t == null ? null : t.get("name")).toList()).isEqualTo(Arrays.asList("b", null, "a"));
    }

    private void rejected(Object stage, Consumer<Map<String, Object>> breakIt, String expected) {
        Map<String, Object> input = full("Valid");
        breakIt.accept(input);
        assertValidation(GraphQL.call(editor, Journeys.ADD_TOUCHPOINT, Map.of("stage", stage, "input", input)), expected);
    }

    private static List<Object> names(Map<String, Object> journey, int stageIndex) {
        return touchpoints(stages(journey).get(stageIndex)).stream().map(t -> t.get("name")).toList();
    }

    private static Map<String, Object> full(String name) {
        Map<String, Object> input = Journeys.touchpoint(name);
        input.put("description", "Pay for the basket");
        input.put("channel", "MOBILE_APP");
        input.put("interaction", "DIRECT");
        input.put("ownerTeam", "Payments");
        input.put("customerAction", "Enters card details");
        input.put("customerThought", "Is this safe?");
        input.put("emotion", -1);
        input.put("painPoints", List.of("3-D Secure pop-up"));
        input.put("opportunities", List.of("Wallet pay"));
        input.put("frontstage", List.of("Payment form"));
        input.put("backstage", List.of("Fraud scoring"));
        input.put("supportProcesses", List.of("PSP"));
        return input;
    }

    private static void assertValidation(JsonPath body, String expected) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(expected);
    }
}
