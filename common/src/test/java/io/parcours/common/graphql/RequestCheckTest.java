package io.parcours.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The request check against a small schema: limits, introspection measured apart, strict values. */
class RequestCheckTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            scalar DateTime
            enum Kind { NPS CSAT }
            input AnswerInput { questionId: String!, score: Int, at: DateTime, weight: Float }
            input ResponseInput { answers: [AnswerInput!], kind: Kind }
            type Item { id: ID!, name: String, child: Item }
            type Query { items(first: Int): [Item!]!, item(id: ID!): Item }
            type Mutation { submit(input: ResponseInput!): Boolean }
            """), RuntimeWiring.MOCKED_WIRING);
    private static final RequestLimits LIMITS = new RequestLimits(5, 50, 40, 3, 4, 10, 2_000, 20, 1_000);

    private final RequestCheck check = new RequestCheck(LIMITS);

    private List<RequestError> check(String query, Map<String, Object> variables) {
        return check.check(SCHEMA, query, null, variables, false);
    }

    @Test
    void aSoundRequestPasses() {
        assertThat(check("query($n: Int) { items(first: $n) { id name child { name } } }", Map.of("n", 5))).isEmpty();
        assertThat(check("mutation { submit(input: {answers: [{questionId: \"q\", score: -3, "
                + "at: \"2026-03-01T09:30:00Z\"}], kind: NPS}) }", Map.of())).isEmpty();
    }

    @Test
    void intValuesAreNeverWrappedOrTruncated() {
        for (Object bad : List.of(4.5, 2_147_483_648L, 4_294_967_297L, new BigInteger("9223372036854775808"), "2",
                true)) {
            List<RequestError> errors = check("query($n: Int) { items(first: $n) { id } }", Map.of("n", bad));
            assertThat(errors).as(String.valueOf(bad)).singleElement()
                    .satisfies(error -> assertThat(error.extensions()).containsEntry("variable", "$n")
                            .containsEntry("code", "VALIDATION"));
        }
        assertThat(check("{ items(first: 4294967297) { id } }", Map.of())).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("first").contains("4294967297"));
        assertThat(check("query($n: Int) { items(first: $n) { id } }", Map.of("n", 2.0))).isEmpty();
    }

    @Test
    void nestedValuesAreNamedByTheirPath() {
        List<RequestError> errors = check("mutation($in: ResponseInput!) { submit(input: $in) }", Map.of("in",
                Map.of("answers", List.of(Map.of("questionId", "a", "score", 1), Map.of("questionId", "b",
                        "score", 4.5)), "rating", 5)));
        assertThat(errors).extracting(error -> error.extensions().get("variable"))
                .containsExactlyInAnyOrder("$in.answers[1].score", "$in.rating");
        assertThat(check("mutation { submit(input: {answers: [{score: 1}]}) }", Map.of())).singleElement()
                .satisfies(error -> assertThat(error.extensions()).containsEntry("argument",
                        "input.answers[0].questionId"));
        assertThat(check("{ item(id: \"a\\u0000b\") { id } }", Map.of())).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("NUL"));
    }

    @Test
    void limitsNameThemselves() {
        assertThat(limit("{ items { child { child { child { child { child { id } } } } } } }")).isEqualTo("maxDepth");
        assertThat(limit("{ a: items { id } b: items { id } c: items { id } d: items { id } }")).isEqualTo("maxAliases");
        assertThat(limit("{ items { id } item(id: 1) { id } items { name } item(id: 2) { name } items { child { id } } }"))
                .isEqualTo("maxRootFields");
        assertThat(check.check(SCHEMA, "query Mine { items(first: 1) { id } } query Other { item(id: ["
                + "1, ".repeat(11) + "]) { id } }", "Mine", Map.of(), false))
                .isEmpty(); // another operation than the one executed is not measured
        assertThat(limit("{ items { ...A } } fragment A on Item { ...B ...B } fragment B on Item { ...C ...C } "
                + "fragment C on Item { ...D ...D } fragment D on Item { ...E ...E } fragment E on Item { id name "
                + "child { id } }")).isEqualTo("maxFields");
    }

    @Test
    void fragmentsThatSpreadEachOtherCostAtMostALimitsWorth() {
        // 2^30 __typename selections from thirty fragments, each spreading the next twice: refused at once.
        StringBuilder fanOut = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < 30; i++) {
            fanOut.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        String typenames = fanOut + " fragment F30 on Query { __typename }";
        assertThat(limit(typenames)).isIn("maxFields", "maxRootFields", "maxFragments");
        // The same with fragments that end in nothing the walk counts as a field.
        assertThat(limit(fanOut + " fragment F30 on Query { ...Missing }")).isEqualTo("maxFragments");
        assertThat(limit(fanOut + " fragment F30 on Query { ...F0 }")).isEqualTo("maxFragments");
        assertThat(limit("{ items { ... on Item { ... on Item { id } } } }")).isNull();
    }

    @Test
    void typenameCountsLikeAnyField() {
        assertThat(limit("{ items { " + "__typename ".repeat(51) + "} }")).isEqualTo("maxFields");
        assertThat(limit("{ items { a: __typename b: __typename c: __typename d: __typename } }")).isEqualTo("maxAliases");
        assertThat(limit("{ items { __typename id } __typename }")).isNull();
    }

    @Test
    void anOperationThatIsNotThereIsARequestError() {
        assertThat(check.check(SCHEMA, "query A { items { id } } query B { items { name } }", "C", Map.of(), false))
                .singleElement().satisfies(error -> {
                    assertThat(error.message()).contains("no operation named C").contains("A, B");
                    assertThat(error.extensions()).containsEntry("code", "BAD_REQUEST");
                });
        assertThat(check("query A { items { id } } query B { items { name } }", Map.of())).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("2 operations").contains("operationName"));
        assertThat(check("fragment F on Item { id }", Map.of())).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no operation"));
    }

    @Test
    void defaultValuesAreCheckedLikeArguments() {
        for (String document : List.of("query Q($f: Float = NaN) { items { id } }",
                "query Q($f: Float = \"Infinity\") { items { id } }", "query Q($n: Int = 4.5) { items(first: $n) { id } }",
                "query Q($k: Kind = FAX) { items { id } }")) {
            assertThat(check(document, Map.of())).as(document).singleElement().satisfies(error -> {
                assertThat(error.extensions()).containsEntry("code", "VALIDATION").containsKey("variable");
                assertThat(error.message()).startsWith("The default value of $").doesNotContain("Value{");
            });
        }
    }

    @Test
    void everyValidationErrorHasACode() {
        List<RequestError> errors = check.check(SCHEMA, "{ items { nope } }", null, Map.of(), true);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.extensions()).containsEntry("code", "VALIDATION");
            assertThat(error.message()).contains("nope");
        });
    }

    @Test
    void introspectionIsMeasuredApart() {
        String deepIntrospection = "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }";
        assertThat(check(deepIntrospection, Map.of())).isEmpty();
        assertThat(limit("{ __schema { types { name } } items { child { child { child { child { child { id } } } } } } }"))
                .isEqualTo("maxDepth");
        assertThat(limit("{ __schema { types { fields { type" + " { ofType".repeat(20) + " { name }" + " }".repeat(20)
                + " } } } }")).isEqualTo("maxIntrospectionDepth");
    }

    private String limit(String query) {
        List<RequestError> errors = check(query, Map.of());
        return errors.isEmpty() ? null : (String) errors.get(0).extensions().get("limit");
    }
}
