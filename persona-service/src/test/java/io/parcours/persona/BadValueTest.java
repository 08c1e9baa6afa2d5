package io.parcours.persona;

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

import io.parcours.persona.support.Personas;
import io.parcours.testing.BadValues;
import io.parcours.testing.BadValues.Slot;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every wrong type or out-of-range value is refused before execution, naming the argument; nothing is stored. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadValueTest {

    private final String editor = Tokens.of("bad-values-" + UUID.randomUUID(), "editor");

    static List<BadValues.Case> corpus() {
        return BadValues.cases(List.of(
                Slot.topLevel("{ personas(first: %s) { totalCount } }", "first",
                        "query($v: Int) { personas(first: $v) { totalCount } }", FOR_INT),
                Slot.topLevel("mutation { updatePersona(id: \"p\", expectedVersion: %s, input: {name: \"n\"}) { id } }",
                        "expectedVersion", "mutation($v: Int!) { updatePersona(id: \"p\", expectedVersion: $v, "
                                + "input: {name: \"n\"}) { id } }", FOR_INT),
                Slot.topLevel("{ persona(id: %s) { id } }", "id", "query($v: ID!) { persona(id: $v) { id } }", FOR_ID),
                Slot.nested("mutation { createPersona(input: {name: %s}) { id } }", "input.name",
                        "mutation($in: PersonaInput!) { createPersona(input: $in) { id } }", "$in.name",
                        value -> Map.of("name", value), FOR_STRING),
                Slot.nested("mutation { createPersona(input: {name: \"n\", tags: [\"ok\", %s]}) { id } }",
                        "input.tags[1]", "mutation($in: PersonaInput!) { createPersona(input: $in) { id } }",
                        "$in.tags[1]", value -> Map.of("name", "n", "tags", List.of("ok", value)), FOR_STRING)));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedBeforeExecution(BadValues.Case badCase) {
        BadValues.assertRefused(GraphQL.call(editor, badCase.document(), badCase.variables()), badCase);
    }

    @Test
    @Order(2)
    void nothingWasStored() {
        assertThat(Personas.count(editor)).isZero();
    }
}
