package io.parcours.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.path.json.JsonPath;

/**
 * The bad-value corpus every service and the gateway are tested with: each wrong type or out-of-range value, as a
 * literal and as a variable, at the top level and inside input objects. Each must be refused before execution with
 * {@code extensions.code = VALIDATION} naming the argument (or variable) path, with no Java text in the message.
 */
public final class BadValues {

    /** One wrong value, written as a GraphQL literal and as the JSON a variable would carry. */
    public record Bad(String label, String literal, Object json) {
    }

    public static final List<Bad> FOR_INT = List.of(
            new Bad("fraction", "4.5", 4.5),
            new Bad("2^31", "2147483648", 2_147_483_648L),
            new Bad("2^32 + 1 (wraps to 1)", "4294967297", 4_294_967_297L),
            new Bad("-2^31 - 1", "-2147483649", -2_147_483_649L),
            new Bad("2^63", "9223372036854775808", new BigInteger("9223372036854775808")),
            new Bad("numeric string", "\"2\"", "2"),
            new Bad("boolean", "true", true),
            new Bad("object", "{a: 1}", Map.of("a", 1)),
            new Bad("list", "[1, 2]", List.of(1, 2)));

    public static final List<Bad> FOR_STRING = List.of(
            new Bad("number", "5", 5),
            new Bad("float", "1.5", 1.5),
            new Bad("boolean", "true", true),
            new Bad("object", "{a: 1}", Map.of("a", 1)),
            new Bad("NUL character", "\"a\\u0000b\"", "a\u0000b"));

    public static final List<Bad> FOR_ID = List.of(
            new Bad("float", "1.5", 1.5),
            new Bad("boolean", "true", true),
            new Bad("object", "{a: 1}", Map.of("a", 1)),
            new Bad("list", "[\"a\", \"b\"]", List.of("a", "b")),
            new Bad("NUL character", "\"a\\u0000b\"", "a\u0000b"));

    /**
     * Where a value goes: {@code literal} is a document with {@code %s} in the value's place, {@code variable} the same
     * operation taking {@code $v} (or an input object {@code $in}), {@code variables} builds the variables around the
     * value, and the paths are what the error must name.
     */
    public record Slot(String literal, String literalPath, String variable, String variablePath,
            Function<Object, Map<String, Object>> variables, List<Bad> values) {

        /** A top-level argument: {@code variable} declares {@code $v}. */
        public static Slot topLevel(String literal, String argument, String variable, List<Bad> values) {
            return new Slot(literal, argument, variable, "$v", value -> Map.of("v", value), values);
        }

        /** A value inside the input object {@code $in}, which {@code input} builds around the value. */
        public static Slot nested(String literal, String literalPath, String variable, String variablePath,
                Function<Object, Map<String, Object>> input, List<Bad> values) {
            return new Slot(literal, literalPath, variable, variablePath, value -> Map.of("in", input.apply(value)),
                    values);
        }
    }

    /** One request of the corpus. */
    public record Case(String name, String document, Map<String, Object> variables, String namedAs, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BadValues() {
    }

    public static List<Case> cases(List<Slot> slots) {
        List<Case> cases = new ArrayList<>();
        for (Slot slot : slots) {
            for (Bad bad : slot.values()) {
                cases.add(new Case(slot.literalPath() + " = " + bad.label() + " (literal)",
                        slot.literal().formatted(bad.literal()), Map.of(), "argument", slot.literalPath()));
                cases.add(new Case(slot.variablePath() + " = " + bad.label() + " (variable)", slot.variable(),
                        slot.variables().apply(bad.json()), "variable", slot.variablePath()));
            }
        }
        return cases;
    }

    /** The answer refuses the value before execution: code, the named argument, no data, no Java text. */
    public static void assertRefused(JsonPath body, Case badCase) {
        assertThat(body.getString("errors[0].extensions.code")).as(badCase.name()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].extensions." + badCase.namedAs())).as(badCase.name())
                .isEqualTo(badCase.path());
        assertThat(body.getString("errors[0].message")).as(badCase.name()).contains(badCase.path())
                .doesNotContainPattern("java\\.|Value\\{|HashMap|BigDecimal|Exception|ObjectValue|@[0-9a-f]{4,}");
        assertThat((Object) body.get("data")).as(badCase.name()).isNull();
    }
}
