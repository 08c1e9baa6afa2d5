package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.parcours.testing.platform.MetricLines;
import io.parcours.testing.platform.ServiceProcess;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * Identical queries in flight share one execution; other callers and mutations never share. A subgraph is frozen
 * (SIGSTOP) while the requests arrive, so the first one is surely still running when the others come.
 */
@QuarkusIntegrationTest
class SharedQueriesIT {

    private static final String QUERY = "query($id: ID!) { journey(id: $id) { name stages { name } } }";

    private final String workspace = "shared-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private String journeyId;

    @BeforeEach
    void seed() {
        journeyId = (String) Seed.journey(editor, Seed.persona(editor, "Ada", "Analyst"), "Renewal", List.of("Notice"))
                .get("id");
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void identicalQueriesInFlightShareOneExecution() {
        String viewer = Tokens.of(workspace, "viewer");
        List<JsonPath> answers = whileFrozen("touchpoint-service", 5,
                () -> IntStream.range(0, 6).mapToObj(i -> ask(viewer, QUERY, Map.of("id", journeyId))).toList());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
            assertThat(answer.getString("data.journey.name")).isEqualTo("Renewal");
            assertThat(answer.getList("data.journey.stages.name")).containsExactly("Notice");
        });
    }

    @Test
    void callersWithAnotherTokenNeverShare() {
        String ours = Tokens.of(workspace, "viewer");
        String theirs = Tokens.of("other-" + UUID.randomUUID(), "viewer");
        List<JsonPath> answers = whileFrozen("touchpoint-service", 4, () -> IntStream.range(0, 6)
                .mapToObj(i -> ask(i % 2 == 0 ? ours : theirs, QUERY, Map.of("id", journeyId))).toList());

        for (int i = 0; i < answers.size(); i++) {
            JsonPath answer = answers.get(i);
            assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
            if (i % 2 == 0) {
                assertThat(answer.getString("data.journey.name")).isEqualTo("Renewal");
            } else {
                assertThat((Object) answer.get("data.journey")).as("another workspace's caller").isNull();
            }
        }
    }

    @Test
    void identicalMutationsAreNeverShared() {
        String mutation = "mutation($in: PersonaInput!) { createPersona(input: $in) { id } }";
        Map<String, Object> variables = Map.of("in", Map.of("name", "Twin", "title", "Same input"));
        double sharedBefore = sharedQueries();
        List<JsonPath> answers = whileFrozen("persona-service", 0,
                () -> IntStream.range(0, 2).mapToObj(i -> ask(editor, mutation, variables)).toList());

        assertThat(answers.stream().map(answer -> answer.getString("data.createPersona.id")).distinct())
                .as("two personas created").hasSize(2).doesNotContainNull();
        assertThat(sharedQueries()).isEqualTo(sharedBefore);
    }

    /**
     * Sends the requests with the subgraph frozen, waits until the gateway has shared the expected number of them
     * (or a moment, for none), thaws the subgraph and returns the answers.
     */
    private List<JsonPath> whileFrozen(String subgraph, int expectedShared,
            Supplier<List<CompletableFuture<JsonPath>>> requests) {
        ServiceProcess process = Platform.subgraph(subgraph);
        double before = sharedQueries();
        process.freeze();
        List<CompletableFuture<JsonPath>> pending;
        try {
            pending = requests.get();
            long deadline = System.nanoTime() + Duration.ofMillis(expectedShared == 0 ? 500 : 1_500).toNanos();
            while (System.nanoTime() < deadline && sharedQueries() - before < expectedShared) {
                sleep(50);
            }
        } finally {
            process.thaw();
        }
        List<JsonPath> answers = pending.stream().map(CompletableFuture::join).toList();
        assertThat(sharedQueries() - before).as("queries answered by another's execution").isEqualTo(expectedShared);
        return answers;
    }

    private CompletableFuture<JsonPath> ask(String token, String document, Map<String, Object> variables) {
        return CompletableFuture.supplyAsync(() -> GraphQL.call(token, document, variables), callers);
    }

    private static double sharedQueries() {
        return get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("parcours_gateway_queries_shared_total"))
                .mapToDouble(MetricLines::value)
                .findFirst().orElse(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
