package io.parcours.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.restassured.path.json.JsonPath;

/** Checks every GraphQL endpoint shares: the standard introspection query is answered, and the limits hold. */
public final class LimitChecks {

    private LimitChecks() {
    }

    /** graphql-js' getIntrospectionQuery() with every option on (written by tools/graphql-clients). */
    public static String introspectionQuery() {
        try (InputStream in = LimitChecks.class.getResourceAsStream("/graphql/introspection-query.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query GraphiQL's docs explorer, codegen and IDE plugins send is answered whole. */
    public static JsonPath assertIntrospectionAnswered(String token) {
        JsonPath body = GraphQL.call(token, introspectionQuery());
        assertThat(body.getList("errors")).isNull();
        assertThat(body.getString("data.__schema.queryType.name")).isEqualTo("Query");
        assertThat(body.getList("data.__schema.types.name")).contains("Query", "String", "__Schema");
        assertThat(body.getList("data.__schema.directives.name")).contains("include", "skip");
        return body;
    }

    /**
     * A flood of aliases is refused by its shape, within {@code maxMillis} (the best of five tries, so that a
     * garbage collection or the JIT's first compilation does not decide), while a concurrent simple query answers.
     * The bound, client time included, only catches a refusal that takes the service's time (it took seconds before
     * the guard); what a refusal costs is measured by {@code bench/limits.sh} (BENCHMARKS.md).
     */
    public static void assertAliasFloodRefusedWhileOthersAnswer(String token, String selection, String simpleQuery,
            long maxMillis) {
        StringBuilder flood = new StringBuilder("{");
        for (int i = 0; i < 2_000; i++) {
            flood.append(" a").append(i).append(": ").append(selection);
        }
        String document = flood.append(" }").toString();
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            CompletableFuture<JsonPath> concurrent = CompletableFuture.supplyAsync(() -> GraphQL.call(token, simpleQuery));
            long started = System.nanoTime();
            JsonPath refused = GraphQL.call(token, document, Map.of());
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("LIMIT_EXCEEDED");
            // Whichever limit its size passes first: its tokens, its root fields or its aliases.
            assertThat(refused.getString("errors[0].extensions.limit")).isIn("maxTokens", "maxAliases",
                    "maxRootFields");
            assertThat((Object) refused.get("data")).isNull();
            JsonPath answered = concurrent.join();
            assertThat(answered.getList("errors")).isNull();
            assertThat((Object) answered.get("data")).isNotNull();
        }
        assertThat(best).as("milliseconds to refuse 2,000 aliases").isLessThanOrEqualTo(maxMillis);
    }

    /**
     * Documents of a few kilobytes whose walk used to hold an event loop for tens of seconds: thirty fragments on the
     * root type, each spreading the next twice and selecting only {@code __typename} (2^30 selections), and 1,600
     * {@code __typename} aliases. Four of each at once are refused by their shape while a simple query, sent meanwhile,
     * answers within seconds (without the bound it waited for the walks, 35–45 s each).
     */
    public static void assertFanOutRefusedWhileOthersAnswer(String token, String simpleQuery) {
        String fragments = fragmentFanOut("{ ...F0 }", "Query", 30, "__typename");
        StringBuilder aliases = new StringBuilder("{");
        IntStream.range(0, 1_600).forEach(i -> aliases.append(" t").append(i).append(": __typename"));
        String typenames = aliases.append(" }").toString();
        List<CompletableFuture<JsonPath>> attacks = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> GraphQL.call(token, i % 2 == 0 ? fragments : typenames,
                        Map.of())))
                .toList();
        JsonPath answered = CompletableFuture.supplyAsync(() -> GraphQL.call(token, simpleQuery)).orTimeout(5, TimeUnit.SECONDS)
                .join();
        assertThat(answered.getList("errors")).isNull();
        assertThat((Object) answered.get("data")).isNotNull();
        for (CompletableFuture<JsonPath> attack : attacks) {
            JsonPath refused = attack.orTimeout(5, TimeUnit.SECONDS).join();
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("LIMIT_EXCEEDED");
            assertThat(refused.getString("errors[0].extensions.limit")).isIn("maxFragments", "maxFields",
                    "maxAliases", "maxRootFields", "maxTokens");
            assertThat((Object) refused.get("data")).isNull();
        }
    }

    /**
     * A document whose fragments spread each other twice per level: {@code root} spreads F0, each of the {@code levels}
     * fragments on {@code type} spreads the next twice, and the last selects {@code leaf} — 2^levels selections of the
     * leaf from a few lines.
     */
    public static String fragmentFanOut(String root, String type, int levels, String leaf) {
        StringBuilder document = new StringBuilder(root);
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F").append(i).append(" on ").append(type).append(" { ...F").append(i + 1)
                    .append(" ...F").append(i + 1).append(" }");
        }
        return document.append(" fragment F").append(levels).append(" on ").append(type).append(" { ").append(leaf)
                .append(" }").toString();
    }

    /** A request refused for a limit: the code, the limit it names, and no data. */
    public static void assertLimit(JsonPath body, String limit) {
        assertThat(body.getString("errors[0].extensions.code")).isEqualTo("LIMIT_EXCEEDED");
        assertThat(body.getString("errors[0].extensions.limit")).isEqualTo(limit);
        assertThat(body.getString("errors[0].message")).contains(limit);
        assertThat((Object) body.get("data")).isNull();
    }
}
