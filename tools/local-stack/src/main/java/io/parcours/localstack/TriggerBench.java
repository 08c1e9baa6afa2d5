package io.parcours.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
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
 * Interaction ingestion with survey triggers off, then on, against the same running services (touchpoint-service,
 * Kafka, feedback-service), each run in its own workspace: the same events through recordInteractions, timed; then how
 * long until the outbox is relayed, and (triggers on) until feedback-service has fired every trigger. Triggers on: one
 * per touchpoint of the third stage (a checkout), a day's delay (nothing is mailed while measuring), one customer in
 * ten a contact.
 */
final class TriggerBench {

    private static final int STAGES = 8;
    private static final int TOUCHPOINTS_PER_STAGE = 12;
    private static final int TRIGGERED_STAGE = 2;
    private static final int BATCH = 1000;
    private static final String RECORD = "mutation($events: [InteractionInput!]!) { recordInteractions(events: $events) { accepted } }";

    private final LocalKeys keys;
    private final String touchpointUrl;
    private final String feedbackUrl;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    TriggerBench(LocalKeys keys, String touchpointUrl, String feedbackUrl, String jdbcUrl) {
        this.keys = keys;
        this.touchpointUrl = touchpointUrl;
        this.feedbackUrl = feedbackUrl;
        this.jdbcUrl = jdbcUrl;
    }

    void run(int customers, int eventsPerCustomer, int senders) throws Exception {
        System.out.printf("%,d customers × %,d events per run, batches of %,d, %d senders%n", customers,
                eventsPerCustomer, BATCH, senders);
        System.out.println("| run | ingestion | outbox relayed after the last batch | triggers fired after the last batch |");
        System.out.println("|---|---|---|---|");
        double off = once(false, customers, eventsPerCustomer, senders);
        double on = once(true, customers, eventsPerCustomer, senders);
        System.out.printf("%nTriggers on / off: %.2f×%n", on / off);
    }

    /** One run; its ingestion rate in events per second. */
    private double once(boolean triggers, int customers, int perCustomer, int senders) throws Exception {
        String workspace = "bench-triggers-" + (triggers ? "on-" : "off-") + System.currentTimeMillis();
        GraphQLClient editor = new GraphQLClient(keys.token(workspace, List.of("editor")));
        GraphQLClient collector = new GraphQLClient(keys.token(workspace, List.of("collector")));
        List<List<String>> touchpoints = journey(editor);
        String surveyId = null;
        if (triggers) {
            surveyId = editor.call(feedbackUrl, "mutation { createSurveyFromTemplate(kind: NPS) { id revision } }", Map.of())
                    .get("createSurveyFromTemplate").get("id").asText();
            JsonNode draft = editor.call(feedbackUrl, "query($id: ID!) { survey(id: $id) { revision } }", Map.of("id", surveyId));
            editor.call(feedbackUrl, "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id } }",
                    Map.of("id", surveyId, "r", draft.at("/survey/revision").asInt()));
            for (String touchpoint : touchpoints.get(TRIGGERED_STAGE)) {
                editor.call(feedbackUrl, "mutation($in: SurveyTriggerInput!) { createSurveyTrigger(input: $in) { id } }",
                        Map.of("in", Map.of("surveyId", surveyId, "touchpointId", touchpoint, "delaySeconds", 86_400)));
            }
            importContacts(keys.token(workspace, List.of("editor")), customers);
        }
        Instant base = Instant.now();
        int triggered = 0;
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        int customersPerBatch = BATCH / perCustomer;
        for (int first = 0; first < customers; first += customersPerBatch) {
            List<Map<String, Object>> batch = events(touchpoints, first, Math.min(customers, first + customersPerBatch),
                    perCustomer, base);
            triggered += (int) batch.stream().filter(e -> touchpoints.get(TRIGGERED_STAGE).contains(e.get("touchpointId"))).count();
            batches.add(batch);
        }
        long started = System.nanoTime();
        int accepted = ingest(collector, batches, senders);
        long ingested = System.nanoTime();
        double rate = accepted / ((ingested - started) / 1e9);
        double relayed = secondsUntil(ingested, () -> outboxRows() == 0);
        String fired = "—";
        if (triggers) {
            String survey = surveyId;
            int expected = triggered;
            fired = String.format("%.1f s (%,d interactions at triggered touchpoints)",
                    secondsUntil(ingested, () -> firedInteractions(editor, survey) >= expected), expected);
        }
        System.out.printf("| triggers %s | %,d events in %.1f s: **%,.0f events/s** | %.1f s | %s |%n", triggers ? "on" : "off",
                accepted, (ingested - started) / 1e9, rate, relayed, fired);
        return rate;
    }

    private List<List<String>> journey(GraphQLClient editor) throws Exception {
        JsonNode journey = editor.call(touchpointUrl, "mutation { createJourney(input: {name: \"Trigger benchmark\"}, "
                + "template: PURCHASE_LOOP) { id stages { id } } }", Map.of()).get("createJourney");
        List<List<String>> touchpoints = new ArrayList<>();
        for (JsonNode stage : journey.get("stages")) {
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < TOUCHPOINTS_PER_STAGE; t++) {
                ids.add(editor.call(touchpointUrl, "mutation($s: ID!) { addTouchpoint(stageId: $s, input: {name: \"T\", "
                        + "channel: WEBSITE}) { id } }", Map.of("s", stage.get("id").asText())).at("/addTouchpoint/id").asText());
            }
            touchpoints.add(ids);
        }
        return touchpoints;
    }

    /** One customer in ten, in CSV imports of 10,000 rows. */
    private void importContacts(String token, int customers) throws Exception {
        String importUrl = feedbackUrl.replace("/graphql", "/api/v1/contacts/import");
        StringBuilder csv = new StringBuilder();
        int rows = 0;
        for (int c = 0; c < customers; c += 10) {
            if (rows == 0) {
                csv.setLength(0);
                csv.append("respondentRef,email,emailConsent\r\n");
            }
            csv.append("customer-").append(c).append(",customer-").append(c).append("@bench.example.com,true\r\n");
            if (++rows == 10_000 || c + 10 >= customers) {
                HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(importUrl))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (imported.statusCode() != 200) {
                    throw new IllegalStateException("contact import failed: " + imported.body());
                }
                rows = 0;
            }
        }
    }

    private int ingest(GraphQLClient collector, List<List<Map<String, Object>>> batches, int senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        for (List<Map<String, Object>> batch : batches) {
            sent.add(pool.submit(() -> {
                accepted.addAndGet(collector.call(touchpointUrl, RECORD, Map.of("events", batch))
                        .at("/recordInteractions/accepted").asInt());
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        pool.shutdown();
        return accepted.get();
    }

    /** Each customer's events on random touchpoints, a millisecond apart, from {@code base} (after the triggers). */
    private static List<Map<String, Object>> events(List<List<String>> touchpoints, int from, int to, int perCustomer,
            Instant base) {
        Random random = new Random(from);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int c = from; c < to; c++) {
            for (int e = 0; e < perCustomer; e++) {
                Map<String, Object> event = new HashMap<>();
                event.put("eventId", "bench-" + c + "-" + e);
                event.put("touchpointId", touchpoints.get(random.nextInt(STAGES)).get(random.nextInt(TOUCHPOINTS_PER_STAGE)));
                event.put("customerRef", "customer-" + c);
                event.put("occurredAt", base.plusMillis(e).toString());
                events.add(event);
            }
        }
        return events;
    }

    private long outboxRows() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from interaction_outbox")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long firedInteractions(GraphQLClient editor, String surveyId) throws Exception {
        long fired = 0;
        for (JsonNode trigger : editor.call(feedbackUrl, "query($s: ID!) { surveyTriggers(surveyId: $s) { interactions } }",
                Map.of("s", surveyId)).get("surveyTriggers")) {
            fired += trigger.get("interactions").asLong();
        }
        return fired;
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Seconds from {@code since} until the condition holds (polled every 100 ms, at most 10 minutes). */
    private static double secondsUntil(long since, Condition condition) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within 10 minutes");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - since) / 1e9;
    }
}
