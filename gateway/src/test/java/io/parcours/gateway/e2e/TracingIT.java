package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.parcours.gateway.e2e.TraceCollector.ReceivedSpan;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * OpenTelemetry across the platform, read from what the packaged services export to a collector: one trace per
 * client request, continuing the caller's trace context when it sends one, with a client span per subgraph call in
 * the gateway and each subgraph's server span its child.
 */
@QuarkusIntegrationTest
class TracingIT {

    private static final Map<String, Long> REQUESTS = Map.of("persona-service", 1L, "touchpoint-service", 3L,
            "feedback-service", 1L);
    private static final long SUBGRAPH_CALLS = REQUESTS.values().stream().mapToLong(Long::longValue).sum();

    private final String workspace = "trace-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void aWholeJourneyIsOneTraceWithASpanPerSubgraphCall() {
        String journey = journey();
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);

        read(journey, "00-" + traceId + "-" + callerSpan + "-01");

        List<ReceivedSpan> trace = trace(traceId, SUBGRAPH_CALLS);
        List<ReceivedSpan> gatewayServer = of(trace, "gateway", "SERVER");
        assertThat(gatewayServer).as("the gateway's request, a child of the caller's span").hasSize(1);
        assertThat(gatewayServer.get(0).parentSpanId()).isEqualTo(callerSpan);
        assertCallsAreChildrenOfClientSpans(trace);
        // And each subgraph's store calls, inside its requests: PostgreSQL for two, MongoDB for feedback-service.
        List<ReceivedSpan> withStores = storeCalls(traceId, trace);
        REQUESTS.keySet().forEach(subgraph -> {
            Set<String> own = withStores.stream().filter(span -> span.service().equals(subgraph))
                    .map(ReceivedSpan::spanId).collect(Collectors.toSet());
            assertThat(of(withStores, subgraph, "CLIENT")).as(subgraph + "'s store calls in the trace").isNotEmpty()
                    .allSatisfy(call -> assertThat(own).contains(call.parentSpanId()));
        });
    }

    @Test
    void anInteractionIsOneTraceFromTheRequestThroughKafkaToFeedbackService() {
        String touchpoint = seed().touchpoint();
        String traceId = randomHex(16);

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.of(workspace, "collector"))
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .body(Map.of("query", "mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) { accepted } }",
                        "variables", Map.of("e", List.of(Map.of("eventId", UUID.randomUUID().toString(),
                                "touchpointId", touchpoint, "customerRef", "traced-customer",
                                "occurredAt", Instant.now().toString())))))
                .post("/graphql").then().statusCode(200).body("data.recordInteractions.accepted", is(1));

        // Relayed from the outbox on a timer, sent, then consumed in a batch: each hop exports when it happens.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<ReceivedSpan> trace;
        do {
            trace = found(traceId);
        } while (of(trace, "feedback-service", "CONSUMER").isEmpty() && System.nanoTime() < deadline && pause());
        List<ReceivedSpan> produced = of(trace, "touchpoint-service", "PRODUCER");
        assertThat(produced).as("touchpoint-service's send to Kafka, in the request's trace").hasSize(1);
        assertThat(of(trace, "touchpoint-service", "SERVER")).as("the request that stored the interaction").isNotEmpty();
        assertThat(of(trace, "feedback-service", "CONSUMER")).as("feedback-service's receipt, a child of the send")
                .singleElement().satisfies(received -> assertThat(received.parentSpanId()).isEqualTo(produced.get(0).spanId()));
    }

    /** The trace once every subgraph's store calls arrived too (exported in batches of their own). */
    private static List<ReceivedSpan> storeCalls(String traceId, List<ReceivedSpan> trace) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ReceivedSpan> found = trace;
        while (!REQUESTS.keySet().stream().allMatch(subgraph -> !of(found(traceId), subgraph, "CLIENT").isEmpty())
                && System.nanoTime() < deadline && pause()) {
            // waiting for the exporters' next batch
        }
        return found(traceId);
    }

    private static List<ReceivedSpan> found(String traceId) {
        return Platform.traces().spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Test
    void aRequestWithoutTraceContextStartsItsOwnTrace() {
        String journey = journey();
        Set<String> before = Platform.traces().spans().stream().map(ReceivedSpan::traceId).collect(Collectors.toSet());

        read(journey, null);
        read(journey, null);

        // The traces of the setup's mutations may still arrive: the reads' are those that reached all three subgraphs.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> started;
        do {
            List<ReceivedSpan> spans = Platform.traces().spans();
            started = spans.stream()
                    .filter(span -> span.service().equals("gateway") && span.kind().equals("SPAN_KIND_SERVER")
                            && span.parentSpanId().isEmpty() && !before.contains(span.traceId()))
                    .map(ReceivedSpan::traceId).distinct()
                    .filter(traceId -> REQUESTS.keySet().stream().allMatch(subgraph -> spans.stream().anyMatch(
                            span -> span.traceId().equals(traceId) && span.service().equals(subgraph))))
                    .toList();
        } while (started.size() < 2 && System.nanoTime() < deadline && pause());
        assertThat(started).as("one new trace per request").hasSize(2);
        for (String traceId : started) {
            assertCallsAreChildrenOfClientSpans(trace(traceId, SUBGRAPH_CALLS));
        }
    }

    /** Each subgraph's server span has as parent a client span of the gateway, one per call, in the same trace. */
    private static void assertCallsAreChildrenOfClientSpans(List<ReceivedSpan> trace) {
        Set<String> gatewayClients = of(trace, "gateway", "CLIENT").stream().map(ReceivedSpan::spanId)
                .collect(Collectors.toSet());
        REQUESTS.forEach((subgraph, requests) -> {
            List<ReceivedSpan> served = of(trace, subgraph, "SERVER");
            assertThat(served).as(subgraph + "'s requests in the trace").hasSize(requests.intValue());
            assertThat(served).allSatisfy(span -> assertThat(gatewayClients).contains(span.parentSpanId()));
        });
        assertThat(gatewayClients).as("a client span per subgraph call")
                .hasSize((int) SUBGRAPH_CALLS);
    }

    /** The spans of one trace, once the gateway's and the subgraphs' (each exported apart) have arrived. */
    private static List<ReceivedSpan> trace(String traceId, long subgraphRequests) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ReceivedSpan> trace;
        do {
            trace = Platform.traces().spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
        } while (!complete(trace, subgraphRequests) && System.nanoTime() < deadline && pause());
        return trace;
    }

    private static boolean complete(List<ReceivedSpan> trace, long subgraphRequests) {
        long served = trace.stream().filter(span -> !span.service().equals("gateway") && span.kind().equals("SPAN_KIND_SERVER"))
                .count();
        return served >= subgraphRequests && !of(trace, "gateway", "SERVER").isEmpty()
                && of(trace, "gateway", "CLIENT").size() >= subgraphRequests;
    }

    private static List<ReceivedSpan> of(List<ReceivedSpan> trace, String service, String kind) {
        return trace.stream().filter(span -> span.service().equals(service) && span.kind().equals("SPAN_KIND_" + kind))
                .toList();
    }

    private String journey() {
        return seed().journey();
    }

    private Seeded seed() {
        String persona = Seed.persona(editor, "Ada", "Traveller");
        Map<String, Object> journey = Seed.journey(editor, persona, "Traced", List.of("Search", "Book"));
        List<?> stages = (List<?>) journey.get("stages");
        String touchpoint = Seed.touchpoint(editor, stages.get(0), "Search page", 1);
        Seed.survey(editor, "CSAT", (String) journey.get("id"), stages.get(0), touchpoint);
        return new Seeded((String) journey.get("id"), touchpoint);
    }

    private record Seeded(String journey, String touchpoint) {
    }

    private void read(String journey, String traceparent) {
        var request = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.of(workspace, "viewer"))
                .body(Map.of("query", WholeJourneyIT.WHOLE_JOURNEY, "variables", Map.of("id", journey)));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        JsonPath body = request.post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getString("data.journey.name")).isEqualTo("Traced");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
