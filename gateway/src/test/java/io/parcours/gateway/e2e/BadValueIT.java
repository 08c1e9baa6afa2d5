package io.parcours.gateway.e2e;

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
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.parcours.testing.BadValues;
import io.parcours.testing.BadValues.Slot;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The public schema refuses every wrong type or out-of-range value before execution, as each subgraph does: the
 * gateway once answered {@code journeys(first: 1.5)} with data and read an object for an ID as null.
 */
@QuarkusIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadValueIT {

    private static final String WORKSPACE = "bad-values-" + UUID.randomUUID();
    private final String editor = Tokens.of(WORKSPACE, "editor");
    private final String collector = Tokens.of(WORKSPACE, "collector");

    static List<BadValues.Case> corpus() {
        return BadValues.cases(List.of(
                Slot.topLevel("{ journeys(first: %s) { totalCount } }", "first",
                        "query($v: Int) { journeys(first: $v) { totalCount } }", FOR_INT),
                Slot.topLevel("{ survey(id: \"s\", version: %s) { id } }", "version",
                        "query($v: Int) { survey(id: \"s\", version: $v) { id } }", FOR_INT),
                Slot.topLevel("{ journey(id: %s) { id } }", "id", "query($v: ID!) { journey(id: $v) { id } }", FOR_ID),
                Slot.nested("mutation { createPersona(input: {name: %s}) { id } }", "input.name",
                        "mutation($in: PersonaInput!) { createPersona(input: $in) { id } }", "$in.name",
                        value -> Map.of("name", value), FOR_STRING),
                Slot.nested("mutation { submitResponse(input: {surveyId: \"s\", clientResponseId: \"c\", answers: "
                        + "[{questionId: \"nps\", score: %s}]}) { status } }", "input.answers[0].score",
                        "mutation($in: ResponseInput!) { submitResponse(input: $in) { status } }",
                        "$in.answers[0].score", value -> Map.of("surveyId", "s", "clientResponseId", "c",
                                "answers", List.of(Map.of("questionId", "nps", "score", value))), FOR_INT)));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedBeforeExecution(BadValues.Case badCase) {
        String token = badCase.document().contains("submitResponse") ? collector : editor;
        BadValues.assertRefused(GraphQL.call(token, badCase.document(), badCase.variables()), badCase);
    }

    @Test
    @Order(2)
    void nothingWasStored() {
        assertThat(GraphQL.call(editor, "{ personas { totalCount } }").getInt("data.personas.totalCount")).isZero();
    }
}
