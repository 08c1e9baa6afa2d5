package io.parcours.localstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Simulated customers walking a journey over the last 90 days: each reaches the next stage with the
 * configured probability, so the funnel shows where the journey breaks. Seeded, so every run is the same.
 */
final class DemoInteractions {

    private static final String RECORD = "mutation($events: [InteractionInput!]!) { recordInteractions(events: $events) { accepted } }";
    private static final int BATCH = 1000;

    private final GraphQLClient client;
    private final String url;

    DemoInteractions(GraphQLClient client, String url) {
        this.client = client;
        this.url = url;
    }

    /** @param plan {"customers": n, "continueRates": [p2, p3, …], "orderStage": k (1-based, optional)} */
    int record(String journeyId, List<List<String>> touchpointsByStage, JsonNode plan) throws IOException, InterruptedException {
        Random random = new Random(42);
        int customers = plan.get("customers").asInt();
        int orderStage = plan.path("orderStage").asInt(0);
        Instant start = Instant.now().minus(Duration.ofDays(90));
        List<Map<String, Object>> batch = new ArrayList<>();
        int stored = 0;
        for (int c = 0; c < customers; c++) {
            Instant at = start.plusSeconds(random.nextInt(80 * 24 * 3600));
            for (int stage = 0; stage < touchpointsByStage.size(); stage++) {
                if (stage > 0 && random.nextDouble() > plan.get("continueRates").path(stage - 1).asDouble(0.5)) {
                    break;
                }
                List<String> touchpoints = touchpointsByStage.get(stage);
                if (touchpoints.isEmpty()) {
                    break;
                }
                at = at.plusSeconds(600 + random.nextInt(2 * 24 * 3600));
                Map<String, Object> event = new HashMap<>(Map.of("eventId", journeyId + "-" + c + "-" + stage,
                        "touchpointId", touchpoints.get(random.nextInt(touchpoints.size())),
                        "customerRef", "customer-" + c, "occurredAt", at.toString()));
                if (stage + 1 == orderStage) {
                    event.put("orderValue", String.valueOf(20 + random.nextInt(130)) + ".00");
                }
                batch.add(event);
                if (batch.size() == BATCH) {
                    stored += send(batch);
                }
            }
        }
        return batch.isEmpty() ? stored : stored + send(batch);
    }

    private int send(List<Map<String, Object>> batch) throws IOException, InterruptedException {
        int accepted = client.call(url, RECORD, Map.of("events", List.copyOf(batch))).at("/recordInteractions/accepted").asInt();
        batch.clear();
        return accepted;
    }
}
