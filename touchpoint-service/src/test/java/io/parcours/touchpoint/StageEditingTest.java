package io.parcours.touchpoint;

import static io.parcours.touchpoint.support.Journeys.stages;
import static io.parcours.touchpoint.support.Journeys.touchpoints;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StageEditingTest {

    private static final String SHAPE = "{ version stages { id name position touchpoints { name position } } }";

    private final String editor = Tokens.of("stages-" + UUID.randomUUID(), "editor");

    @Test
    void addInsertsAtAPositionOrAtTheEnd() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "A", "C");
        assertThat(names(edit("addStage(journeyId: $id, name: \"D\")", journey.get("id")), "addStage")).containsExactly("A", "C", "D");
        Map<String, Object> after = Journeys.ok(edit("addStage(journeyId: $id, name: \" B \", position: 2)", journey.get("id")), "addStage");
        assertThat(stages(after)).extracting(s -> s.get("name")).containsExactly("A", "B", "C", "D");
        assertThat(stages(after)).extracting(s -> s.get("position")).containsExactly(1, 2, 3, 4);
        assertThat(after.get("version")).as("stage edits raise the journey version").isEqualTo(2);
    }

    @Test
    void renameAndMoveKeepPositionsDense() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "A", "B", "C", "D");
        Object d = Journeys.stageId(journey, 4);
        assertThat(names(edit("renameStage(stageId: $id, name: \"Delta\")", d), "renameStage")).containsExactly("A", "B", "C", "Delta");
        Map<String, Object> moved = Journeys.ok(edit("moveStage(stageId: $id, position: 1)", d), "moveStage");
        assertThat(stages(moved)).extracting(s -> s.get("name")).containsExactly("Delta", "A", "B", "C");
        assertThat(stages(moved)).extracting(s -> s.get("position")).containsExactly(1, 2, 3, 4);
        assertThat(names(edit("moveStage(stageId: $id, position: 3)", d), "moveStage")).containsExactly("A", "B", "Delta", "C");
    }

    @Test
    void removingAStageWithTouchpointsNeedsAChoice() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "A", "B", "C");
        Object a = Journeys.stageId(journey, 1);
        Object b = Journeys.stageId(journey, 2);
        Journeys.addTouchpoint(editor, a, Journeys.touchpoint("a1"));
        Journeys.addTouchpoint(editor, b, Journeys.touchpoint("b1"));
        Journeys.addTouchpoint(editor, b, Journeys.touchpoint("b2"));
        Map<String, Object> before = Journeys.get(editor, journey.get("id"));

        JsonPath refused = edit("removeStage(stageId: $id)", b);
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("touchpoints the stage has 2 touchpoints");
        JsonPath noTarget = edit("removeStage(stageId: $id, touchpoints: MOVE)", b);
        assertThat(noTarget.getString("errors[0].message")).contains("moveToStageId must be another stage of the same journey");
        Object foreign = Journeys.stageId(Journeys.custom(editor, "Other", "X"), 1);
        JsonPath otherJourney = GraphQL.call(editor, "mutation($id: ID!, $to: ID) { removeStage(stageId: $id, touchpoints: MOVE, "
                + "moveToStageId: $to) " + SHAPE + " }", Map.of("id", b, "to", foreign));
        assertThat(otherJourney.getString("errors[0].message")).contains("moveToStageId must be another stage of the same journey");
        assertThat(Journeys.get(editor, journey.get("id"))).as("nothing changed").isEqualTo(before);

        Map<String, Object> moved = Journeys.ok(GraphQL.call(editor, "mutation($id: ID!, $to: ID) { removeStage(stageId: $id, "
                + "touchpoints: MOVE, moveToStageId: $to) " + SHAPE + " }", Map.of("id", b, "to", a)), "removeStage");
        assertThat(stages(moved)).extracting(s -> s.get("name")).containsExactly("A", "C");
        assertThat(touchpoints(stages(moved).get(0))).extracting(t -> t.get("name")).containsExactly("a1", "b1", "b2");
        assertThat(touchpoints(stages(moved).get(0))).extracting(t -> t.get("position")).containsExactly(1, 2, 3);
        assertThat(stages(moved)).extracting(s -> s.get("position")).containsExactly(1, 2);

        Map<String, Object> deleted = Journeys.ok(edit("removeStage(stageId: $id, touchpoints: DELETE)", a), "removeStage");
        assertThat(stages(deleted)).extracting(s -> s.get("name")).containsExactly("C");
        assertThat(stages(deleted).get(0).get("position")).isEqualTo(1);
    }

    @Test
    void emptyStageIsRemovedWithoutAChoice() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "A", "B");
        assertThat(names(edit("removeStage(stageId: $id)", Journeys.stageId(journey, 1)), "removeStage")).containsExactly("B");
    }

    @Test
    void badStageInputIsRefusedAndChangesNothing() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "A", "B");
        Object id = journey.get("id");
        assertValidation(edit("addStage(journeyId: $id, name: \" \")", id), "name must not be blank");
        assertValidation(edit("addStage(journeyId: $id, name: \"" + "x".repeat(121) + "\")", id), "name size must be between 1 and 120");
        assertValidation(edit("addStage(journeyId: $id, name: \"X\", position: 4)", id), "position must be between 1 and 3");
        assertValidation(edit("addStage(journeyId: $id, name: \"X\", position: 0)", id), "position must be between 1 and 3");
        assertValidation(edit("moveStage(stageId: $id, position: 3)", Journeys.stageId(journey, 1)), "position must be between 1 and 2");
        assertValidation(edit("renameStage(stageId: $id, name: \"\")", Journeys.stageId(journey, 1)), "name must not be blank");
        assertThat(edit("renameStage(stageId: $id, name: \"Z\")", UUID.randomUUID()).getString("errors[0].extensions.code"))
                .isEqualTo("NOT_FOUND");
        assertThat(Journeys.get(editor, id)).as("nothing changed").isEqualTo(journey).containsEntry("version", 0);
        assertThat(stages(Journeys.get(editor, id))).extracting(s -> s.get("name")).containsExactly("A", "B");
    }

    @Test
    void aStageNameIsUniqueWithinItsJourneyIgnoringCase() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "Search", "Buy");
        Object id = journey.get("id");
        assertValidation(edit("addStage(journeyId: $id, name: \" search \")", id),
                "name must differ from the journey's other stages: \"Search\" is stage 1");
        assertValidation(edit("renameStage(stageId: $id, name: \"SEARCH\")", Journeys.stageId(journey, 2)),
                "name must differ from the journey's other stages: \"Search\" is stage 1");
        assertThat(Journeys.get(editor, id)).as("nothing changed").isEqualTo(journey);

        assertThat(names(edit("renameStage(stageId: $id, name: \"search\")", Journeys.stageId(journey, 1)), "renameStage"))
                .as("a stage may change the case of its own name").containsExactly("search", "Buy");
        assertThat(stages(Journeys.custom(editor, "Other", "Search"))).as("another journey may use the name").hasSize(1);

        Map<String, Object> variables = new HashMap<>();
        variables.put("input", Journeys.input("Twice"));
        variables.put("template", "CUSTOM");
        variables.put("names", List.of("Buy", "Use", "buy "));
        assertValidation(GraphQL.call(editor, Journeys.CREATE, variables), "stageNames[2] must differ from stageNames[0] (\"Buy\")");
        assertThat(GraphQL.call(editor, "{ journeys { totalCount } }").getInt("data.journeys.totalCount")).isEqualTo(2);
    }

    @Test
    void aJourneyHasAtMostTwentyStages() {
        String[] twenty = new String[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = "S" + i;
        }
        Map<String, Object> journey = Journeys.custom(editor, "Full", twenty);
        assertValidation(edit("addStage(journeyId: $id, name: \"One more\")", journey.get("id")),
                "journeyId the journey already has the maximum of 20 stages");

        Map<String, Object> variables = new HashMap<>();
        variables.put("input", Journeys.input("Too long"));
        variables.put("template", "CUSTOM");
        variables.put("names", java.util.Collections.nCopies(21, "S"));
        assertValidation(GraphQL.call(editor, Journeys.CREATE, variables), "stageNames must hold 1 to 20 names");
        variables.put("names", List.of());
        assertValidation(GraphQL.call(editor, Journeys.CREATE, variables), "stageNames must hold 1 to 20 names");
        variables.put("names", List.of("ok", " "));
        assertValidation(GraphQL.call(editor, Journeys.CREATE, variables), "stageNames[1] must not be blank");
        variables.put("template", "DIGITAL_PHASES");
        variables.put("names", List.of("extra"));
        assertValidation(GraphQL.call(editor, Journeys.CREATE, variables), "stageNames must be empty unless template is CUSTOM");
        assertThat(GraphQL.call(editor, "{ journeys { totalCount } }").getInt("data.journeys.totalCount")).isEqualTo(1);
    }

    private JsonPath edit(String mutation, Object id) {
        return GraphQL.call(editor, "mutation($id: ID!) { " + mutation + " " + SHAPE + " }", Map.of("id", id.toString()));
    }

    private static List<Object> names(JsonPath body, String field) {
        return stages(Journeys.ok(body, field)).stream().map(s -> s.get("name")).toList();
    }

    private static void assertValidation(JsonPath body, String expected) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(expected);
    }
}
