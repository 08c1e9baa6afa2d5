package io.parcours.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark of touchpoint-service analytics: ingestion of 1,000-event batches through /graphql, then the
 * funnel of an 8-stage journey over everything ingested, beside a plain count(*) of the same table.
 * Customers walk the stages in order, each reaching the next with a fixed probability.
 */
final class TouchpointBench {

    private static final int STAGES = 8;
    private static final int TOUCHPOINTS_PER_STAGE = 12;
    private static final int BATCH = 1000;
    private static final String RECORD = "mutation($events: [InteractionInput!]!) { recordInteractions(events: $events) { accepted } }";

    private final GraphQLClient client;
    private final String url;
    private final String jdbcUrl;

    TouchpointBench(GraphQLClient client, String url, String jdbcUrl) {
        this.client = client;
        this.url = url;
        this.jdbcUrl = jdbcUrl;
    }

    void run(int customers, int eventsPerCustomer, int senders) throws Exception {
        JsonNode journey = client.call(url, "mutation { createJourney(input: {name: \"Benchmark\"}, template: PURCHASE_LOOP) "
                + "{ id stages { id } } }", Map.of()).get("createJourney");
        String journeyId = journey.get("id").asText();
        List<List<String>> touchpoints = new ArrayList<>();
        for (JsonNode stage : journey.get("stages")) {
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < TOUCHPOINTS_PER_STAGE; t++) {
                ids.add(client.call(url, "mutation($s: ID!) { addTouchpoint(stageId: $s, input: {name: \"T\", channel: WEBSITE}) { id } }",
                        Map.of("s", stage.get("id").asText())).at("/addTouchpoint/id").asText());
            }
            touchpoints.add(ids);
        }
        // Computing the funnel once on the empty journey builds its progress: ingestion then keeps it up to date,
        // and that upkeep is part of what the ingestion figure measures.
        String funnel = "query($id: ID!) { funnel(journeyId: $id) { customersEntered stages { customers } breakStage { name } } }";
        client.call(url, funnel, Map.of("id", journeyId));
        int total = customers * eventsPerCustomer;
        System.out.printf("Ingesting %,d events of %,d customers in batches of %,d with %d concurrent senders…%n",
                total, customers, BATCH, senders);
        long started = System.nanoTime();
        int accepted = ingest(touchpoints, customers, eventsPerCustomer, senders);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("| ingestion | %,d events accepted in %.1f s | **%,.0f events/s** |%n", accepted, seconds, accepted / seconds);

        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze touchpoint_interaction");
            long firstStarted = System.nanoTime();
            JsonNode result = client.call(url, funnel, Map.of("id", journeyId));
            System.out.printf("| first funnel after the ingestion (brings the progress of every customer up to date) "
                    + "| once | %.0f ms |%n", (System.nanoTime() - firstStarted) / 1e6);
            System.out.println("Funnel: " + result.at("/funnel"));
            double funnelMs = medianMillis(10, () -> client.call(url, funnel, Map.of("id", journeyId)));
            double countMs = medianMillis(10, () -> {
                try (ResultSet rows = sql.executeQuery("select count(*) from touchpoint_interaction")) {
                    rows.next();
                }
            });
            System.out.printf("| count(*) of the table (floor), SQL | median of 10 | %.1f ms |%n", countMs);
            System.out.printf("| funnel, 8 stages, all time, through /graphql | median of 10 | %.1f ms (%.2f× the floor) |%n",
                    funnelMs, funnelMs / countMs);
            client.call(url, RECORD, Map.of("events", events(touchpoints, customers, customers + BATCH / eventsPerCustomer,
                    eventsPerCustomer)));
            long afterBatch = System.nanoTime();
            client.call(url, funnel, Map.of("id", journeyId));
            System.out.printf("| funnel right after one more batch of %,d events | once | %.1f ms |%n", BATCH,
                    (System.nanoTime() - afterBatch) / 1e6);
            String ranged = "query($id: ID!) { funnel(journeyId: $id, from: \"2000-01-01T00:00:00Z\") { customersEntered } }";
            double rangedMs = medianMillis(5, () -> client.call(url, ranged, Map.of("id", journeyId)));
            System.out.printf("| funnel, 8 stages, with a time range (from the events), through /graphql | median of 5 | %.1f ms |%n",
                    rangedMs);
        }
    }

    private int ingest(List<List<String>> touchpoints, int customers, int eventsPerCustomer, int senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        int customersPerBatch = BATCH / eventsPerCustomer;
        for (int first = 0; first < customers; first += customersPerBatch) {
            List<Map<String, Object>> batch = events(touchpoints, first, Math.min(customers, first + customersPerBatch),
                    eventsPerCustomer);
            sent.add(pool.submit(() -> {
                accepted.addAndGet(client.call(url, RECORD, Map.of("events", batch)).at("/recordInteractions/accepted").asInt());
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        pool.shutdown();
        return accepted.get();
    }

    /** Each customer walks stages 1…depth, spreading its events over them in time order. */
    private static List<Map<String, Object>> events(List<List<String>> touchpoints, int from, int to, int perCustomer) {
        Random random = new Random(from);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Map<String, Object>> events = new ArrayList<>();
        for (int c = from; c < to; c++) {
            int depth = 1;
            while (depth < STAGES && random.nextDouble() < 0.8) {
                depth++;
            }
            Instant at = start.plusSeconds(random.nextInt(60 * 24 * 3600));
            for (int e = 0; e < perCustomer; e++) {
                int stage = Math.min(depth - 1, e * depth / perCustomer);
                at = at.plusSeconds(60 + random.nextInt(3600));
                Map<String, Object> event = new HashMap<>();
                event.put("eventId", "bench-" + c + "-" + e);
                event.put("touchpointId", touchpoints.get(stage).get(random.nextInt(TOUCHPOINTS_PER_STAGE)));
                event.put("customerRef", "customer-" + c);
                event.put("occurredAt", at.toString());
                if (stage == 2 && random.nextInt(4) == 0) {
                    event.put("orderValue", (10 + random.nextInt(200)) + ".50");
                }
                events.add(event);
            }
        }
        return events;
    }

    interface Timed {
        void run() throws Exception;
    }

    private static double medianMillis(int runs, Timed work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }
}
