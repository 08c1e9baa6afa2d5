package io.parcours.touchpoint;

import static io.parcours.testing.BadValues.FOR_ID;
import static io.parcours.testing.BadValues.FOR_INT;
import static io.parcours.testing.BadValues.FOR_STRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.parcours.testing.BadValues;
import io.parcours.testing.BadValues.Slot;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;

/** Every wrong type or out-of-range value is refused before execution, naming the argument; nothing is stored. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadValueTest {

    private static final String STAGE = "STAGE_ID";
    private final String editor = Tokens.of("bad-values-" + UUID.randomUUID(), "editor");
    private Object journeyId;
    private String stageId;

    static List<BadValues.Case> corpus() {
        String addTouchpoint = "mutation($in: TouchpointInput!) { addTouchpoint(stageId: \"" + STAGE
                + "\", input: $in) { id } }";
        return BadValues.cases(List.of(
                Slot.topLevel("{ journeys(first: %s) { totalCount } }", "first",
                        "query($v: Int) { journeys(first: $v) { totalCount } }", FOR_INT),
                Slot.topLevel("mutation { moveStage(stageId: \"" + STAGE + "\", position: %s) { id } }", "position",
                        "mutation($v: Int!) { moveStage(stageId: \"" + STAGE + "\", position: $v) { id } }", FOR_INT),
                Slot.topLevel("{ journey(id: %s) { id } }", "id", "query($v: ID!) { journey(id: $v) { id } }", FOR_ID),
                Slot.nested("mutation { createJourney(input: {name: %s}) { id } }", "input.name",
                        "mutation($in: JourneyInput!) { createJourney(input: $in) { id } }", "$in.name",
                        value -> Map.of("name", value), FOR_STRING),
                Slot.nested("mutation { addTouchpoint(stageId: \"" + STAGE + "\", input: {name: \"n\", channel: WEBSITE, "
                        + "emotion: %s}) { id } }", "input.emotion", addTouchpoint, "$in.emotion",
                        value -> Map.of("name", "n", "channel", "WEBSITE", "emotion", value), FOR_INT),
                Slot.nested("mutation { addTouchpoint(stageId: \"" + STAGE + "\", input: {name: \"n\", channel: WEBSITE, "
                        + "painPoints: [\"slow\", %s]}) { id } }", "input.painPoints[1]", addTouchpoint,
                        "$in.painPoints[1]", value -> Map.of("name", "n", "channel", "WEBSITE", "painPoints",
                                List.of("slow", value)), FOR_STRING)));
    }

    /** A journey with one stage, made on first use (the application is not up yet when the class starts). */
    private String stageId() {
        if (stageId == null) {
            Map<String, Object> journey = Journeys.custom(editor, "Refusals", "Only stage");
            journeyId = journey.get("id");
            stageId = String.valueOf(Journeys.stageId(journey, 1));
        }
        return stageId;
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedBeforeExecution(BadValues.Case badCase) {
        BadValues.assertRefused(GraphQL.call(editor, badCase.document().replace(STAGE, stageId()), badCase.variables()),
                badCase);
    }

    @Test
    @Order(2)
    void nothingWasStored() {
        stageId();
        Map<String, Object> journey = Journeys.get(editor, journeyId);
        assertThat(Journeys.stages(journey)).singleElement()
                .satisfies(stage -> assertThat(Journeys.touchpoints(stage)).isEmpty());
        assertThat(GraphQL.call(editor, "{ journeys { totalCount } }").getInt("data.journeys.totalCount")).isOne();
    }
}
