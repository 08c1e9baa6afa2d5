package io.parcours.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark of feedback-service: batched ingestion through GraphQL, single REST submissions at a fixed
 * rate (open loop: latency counts from the planned send time), and summaries over everything stored.
 */
final class FeedbackBench {

    private static final String SUBMIT = "mutation($inputs: [ResponseInput!]!) { submitResponses(inputs: $inputs) { status } }";
    private static final String SUMMARY = "query($f: FeedbackFilter) { feedbackSummary(filter: $f) { responseCount "
            + "nps { score } csat { mean } ces { mean } } }";
    private static final int BATCH = 500;
    private static final int TOUCHPOINTS = 20;
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 30);

    private final GraphQLClient client;
    private final String token;
    private final String baseUrl;
    private final String graphql;
    private final Random random = new Random(1);

    FeedbackBench(GraphQLClient client, String token, String baseUrl) {
        this.client = client;
        this.token = token;
        this.baseUrl = baseUrl;
        this.graphql = baseUrl + "/graphql";
    }

    void run(int responses, int senders, int rate, int seconds) throws Exception {
        List<String> surveys = new ArrayList<>();
        List<String> touchpoints = new ArrayList<>();
        for (int t = 0; t < TOUCHPOINTS; t++) {
            String touchpoint = UUID.randomUUID().toString();
            touchpoints.add(touchpoint);
            surveys.add(survey(touchpoint));
        }
        System.out.printf("Ingesting %,d responses in batches of %d with %d concurrent senders…%n", responses, BATCH, senders);
        long started = System.nanoTime();
        int accepted = ingest(surveys, responses, senders);
        double took = (System.nanoTime() - started) / 1e9;
        System.out.printf("| batched ingestion (submitResponses, 500 per call) | %,d accepted in %.1f s | **%,.0f responses/s** |%n",
                accepted, took, accepted / took);

        // JIT compilation of the REST path (C2 threads use a core for tens of seconds) and the connection pool.
        restAtRate(surveys.get(0), rate, WARM_UP_SECONDS, "warm-up-");
        double[] latencies = restAtRate(surveys.get(0), rate, seconds, "rest-");
        System.out.printf("| REST POST, one response each, %d req/s for %d s (open loop, after " + WARM_UP_SECONDS + " s warm-up) | %,d requests | p50 %.1f ms, "
                + "**p99 %.1f ms**, max %.1f ms |%n", rate, seconds, latencies.length, percentile(latencies, 50),
                percentile(latencies, 99), latencies[latencies.length - 1]);

        Map<String, Object> all = Map.of("f", Map.of());
        JsonNode summary = client.call(graphql, SUMMARY, all).get("feedbackSummary");
        System.out.println("Summary: " + summary);
        double wholeMs = medianMillis(5, () -> client.call(graphql, SUMMARY, all));
        System.out.printf("| feedbackSummary of the workspace, %,d responses | median of 5 | **%.0f ms** |%n",
                summary.get("responseCount").asInt(), wholeMs);
        Map<String, Object> one = Map.of("f", Map.of("touchpointId", touchpoints.get(3)));
        int oneCount = client.call(graphql, SUMMARY, one).at("/feedbackSummary/responseCount").asInt();
        double oneMs = medianMillis(5, () -> client.call(graphql, SUMMARY, one));
        System.out.printf("| feedbackSummary of one touchpoint, %,d responses | median of 5 | %.0f ms |%n", oneCount, oneMs);
    }

    private String survey(String touchpoint) throws Exception {
        Map<String, Object> input = new HashMap<>(Map.of("title", "Bench", "touchpointId", touchpoint, "questions", List.of(
                question("nps", "NPS"), question("csat", "CSAT"), question("ces", "CES"))));
        JsonNode created = client.call(graphql, "mutation($i: SurveyInput!) { createSurvey(input: $i) { id revision } }",
                Map.of("i", input)).get("createSurvey");
        client.call(graphql, "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id } }",
                Map.of("id", created.get("id").asText(), "r", created.get("revision").asInt()));
        return created.get("id").asText();
    }

    private static Map<String, Object> question(String id, String type) {
        return Map.of("id", id, "type", type, "labels", List.of(Map.of("locale", "en", "text", id)));
    }

    private int ingest(List<String> surveys, int responses, int senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        for (int first = 0; first < responses; first += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = first; i < Math.min(responses, first + BATCH); i++) {
                batch.add(response(surveys.get(i % surveys.size()), "batch-" + i));
            }
            sent.add(pool.submit(() -> {
                client.call(graphql, SUBMIT, Map.of("inputs", batch)).get("submitResponses")
                        .forEach(r -> accepted.addAndGet("ACCEPTED".equals(r.get("status").asText()) ? 1 : 0));
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        pool.shutdown();
        return accepted.get();
    }

    private Map<String, Object> response(String survey, String clientId) {
        Map<String, Object> response = new HashMap<>();
        response.put("surveyId", survey);
        response.put("clientResponseId", clientId);
        response.put("respondentRef", "r-" + random.nextInt(200_000));
        response.put("channel", "MOBILE_APP");
        response.put("submittedAt", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(300 * 86400)).toString());
        response.put("answers", List.of(Map.of("questionId", "nps", "score", random.nextInt(11)),
                Map.of("questionId", "csat", "score", 1 + random.nextInt(5)), Map.of("questionId", "ces", "score", 1 + random.nextInt(7))));
        return response;
    }

    /** Sends one request every 1/rate s for the given time, whatever the answers; latencies in ms, sorted. */
    private double[] restAtRate(String survey, int rate, int seconds, String idPrefix) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        List<CompletableFuture<Double>> calls = new ArrayList<>(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long planned = start + i * intervalNanos;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            Map<String, Object> body = response(survey, idPrefix + i);
            body.remove("surveyId");
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/surveys/" + survey + "/responses"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(GraphQLClient.JSON.writeValueAsString(body))).build();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
                return (System.nanoTime() - planned) / 1e6;
            }));
        }
        double[] latencies = calls.stream().mapToDouble(CompletableFuture::join).toArray();
        Arrays.sort(latencies);
        return latencies;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    interface Timed {
        void run() throws Exception;
    }

    private static double medianMillis(int runs, Timed work) throws Exception {
        work.run();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}
