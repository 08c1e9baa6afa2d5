package io.parcours.feedback.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.parcours.testing.TokenKeysResource;
import io.parcours.testing.Tokens;
import io.parcours.testing.platform.ServiceProcess;
import io.restassured.path.json.JsonPath;

/**
 * Two replicas of the packaged feedback-service on one store; one of them killed with kill -9 at a random moment
 * of single (REST) and batched (GraphQL) submissions to both, several times; the clients retry what was not
 * answered. After each restart every response is stored once and every daily tally and all-time total, and every
 * summary read from them, equals a count of the stored responses made here from the raw documents.
 */
class ScoreCrashIT {

    private static final int ROUNDS = 4;
    private static final String WORKSPACE = "crash";
    private static final String JOURNEY = java.util.UUID.randomUUID().toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static MongoServer store;
    private static MongoClient mongo;
    private static ServiceProcess service;
    /** The replica that is never killed: its live submissions and background repairs run beside the other's. */
    private static ServiceProcess replica;
    private static String collector;
    private static String viewer;

    @BeforeAll
    static void start() throws Exception {
        KeyPair keys = TokenKeysResource.rsaKeyPair();
        System.setProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        store = new MongoServer(new MemoryBackend());
        int port = store.bind().getPort();
        mongo = MongoClients.create("mongodb://127.0.0.1:" + port);
        Map<String, String> environment = Map.of("MONGO_URL", "mongodb://127.0.0.1:" + port,
                "QUARKUS_OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "QUARKUS_OIDC_TOKEN_ISSUER", TokenKeysResource.ISSUER,
                "PARCOURS_SCORES_REPAIR_GRACE", "2s", "PARCOURS_SCORES_REPAIR_EVERY", "1s");
        service = new ServiceProcess("feedback-service", ServiceProcess.freePort(), environment,
                ServiceProcess.logDirectory().toPath());
        replica = new ServiceProcess("feedback-service", ServiceProcess.freePort(), environment,
                ServiceProcess.logDirectory().toPath().resolve("replica"));
        ServiceProcess.logDirectory().toPath().resolve("replica").toFile().mkdirs();
        service.start();
        replica.start();
        collector = Tokens.of(WORKSPACE, "collector");
        viewer = Tokens.of(WORKSPACE, "viewer");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.stop();
        }
        if (replica != null) {
            replica.stop();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (store != null) {
            store.shutdownNow();
        }
    }

    @Test
    void everyTallyEqualsARecountAfterEachKill() throws Exception {
        String editor = Tokens.of(WORKSPACE, "editor");
        List<String> surveys = List.of(survey(editor, "Checkout"), survey(editor, "Delivery"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < ROUNDS; round++) {
            ConcurrentLinkedQueue<Submission> unanswered = new ConcurrentLinkedQueue<>();
            submitUntilKilled(round, surveys, random.nextLong(), 150 + random.nextInt(1200), acknowledged, unanswered);
            service.start();
            for (Submission retry : unanswered) {
                acknowledged.addAll(retry.send());
            }
            String at = "round " + round + " (seed " + seed + ", " + unanswered.size() + " requests retried)";
            assertStoredOnce(acknowledged, at);
            assertTalliesEqualRecount(at);
            for (String survey : surveys) {
                assertSummaryEqualsRecount(survey, at);
            }
            // The mark of a batch that died is taken off once older than the grace period (2 s here).
            assertMarksCleared(at);
            assertTalliesEqualRecount(at);
        }
        JsonPath recount = graphql(service, Tokens.of(WORKSPACE, "admin"), "mutation { recountScores { daysChecked "
                + "responsesCounted daysCorrected totalsChecked totalsCorrected } }", Map.of());
        assertThat(recount.getInt("data.recountScores.responsesCounted")).as(recount.prettify()).isEqualTo(acknowledged.size());
        assertThat(recount.getInt("data.recountScores.daysCorrected")).as(recount.prettify()).isZero();
        // One journey and two touchpoints.
        assertThat(recount.getInt("data.recountScores.totalsChecked")).as(recount.prettify()).isEqualTo(3);
        assertThat(recount.getInt("data.recountScores.totalsCorrected")).as(recount.prettify()).isZero();
    }

    /** Writers submit until the service dies under them; what they did not see answered they keep to retry. */
    private static void submitUntilKilled(int round, List<String> surveys, long seed, int killAfterMillis,
            Set<String> acknowledged, ConcurrentLinkedQueue<Submission> unanswered) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            boolean batched = w % 2 == 0;
            ServiceProcess target = w < 2 ? service : replica;
            Random random = new Random(seed + w);
            String prefix = "r" + round + "-w" + w + "-";
            writers.submit(() -> {
                for (int i = 0; !killed.get(); i++) {
                    List<Map<String, Object>> responses = new ArrayList<>();
                    int size = batched ? 50 + random.nextInt(250) : 1;
                    for (int k = 0; k < size; k++) {
                        responses.add(response(surveys.get(random.nextInt(surveys.size())), prefix + i + "-" + k, random));
                    }
                    Submission submission = new Submission(target, batched, responses);
                    try {
                        acknowledged.addAll(submission.send());
                    } catch (IOException gone) {
                        unanswered.add(submission);
                        return;
                    }
                }
            });
        }
        Thread.sleep(killAfterMillis);
        service.kill();
        killed.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static void assertStoredOnce(Set<String> acknowledged, String at) {
        List<Document> stored = responses().find(new Document("workspaceId", WORKSPACE)).into(new ArrayList<>());
        Set<String> clientIds = ConcurrentHashMap.newKeySet();
        stored.forEach(response -> clientIds.add(response.getString("clientResponseId")));
        assertThat(stored).as("no response stored twice, " + at).hasSize(clientIds.size());
        assertThat(clientIds).as("every acknowledged response stored, " + at).containsAll(acknowledged);
        assertThat(stored).as(at).hasSizeGreaterThan(0);
    }

    /** Each tally document, daily and all-time, against the same counts made here from the responses. */
    private static void assertTalliesEqualRecount(String at) {
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (Document response : responses().find(new Document("workspaceId", WORKSPACE))) {
            Instant day = response.getDate("submittedAt").toInstant().truncatedTo(ChronoUnit.DAYS);
            for (String key : List.of("day " + response.getString("surveyId") + " " + day,
                    "touchpointId " + response.getString("touchpointId"), "journeyId " + response.getString("journeyId"))) {
                count(response, expected.computeIfAbsent(key, k -> new TreeMap<>()));
            }
        }
        Map<String, Map<String, Long>> held = new TreeMap<>();
        for (Document tally : mongo.getDatabase("feedback").getCollection("score_days").find(new Document("workspaceId", WORKSPACE))) {
            Map<String, Long> counts = new TreeMap<>();
            counts.put("responses", tally.get("responses", Number.class).longValue());
            for (String type : List.of("NPS", "CSAT")) {
                Document ofType = tally.get(type, Document.class);
                if (ofType != null && ofType.get("answers", Number.class).longValue() > 0) {
                    ofType.forEach((counter, value) -> counts.put(type + "." + counter, ((Number) value).longValue()));
                }
            }
            held.put(tally.containsKey("subject") ? tally.getString("subject") + " " + tally.getString("subjectId")
                    : "day " + tally.getString("surveyId") + " " + tally.getDate("day").toInstant(), counts);
        }
        assertThat(held).as("daily tallies and all-time totals equal a recount of the stored responses, " + at)
                .isEqualTo(expected);
    }

    private static void count(Document response, Map<String, Long> counts) {
        counts.merge("responses", 1L, Long::sum);
        for (Document answer : response.getList("answers", Document.class)) {
            int score = answer.getInteger("score");
            String type = answer.getString("type");
            counts.merge(type + ".answers", 1L, Long::sum);
            counts.merge(type + ".sum", (long) score, Long::sum);
            counts.merge(type + ".atLeast9", score >= 9 ? 1L : 0L, Long::sum);
            counts.merge(type + ".atMost6", score <= 6 ? 1L : 0L, Long::sum);
            counts.merge(type + ".atLeast4", score >= 4 ? 1L : 0L, Long::sum);
        }
    }

    private static void assertMarksCleared(String at) throws InterruptedException {
        Document marked = new Document("$or", List.of(new Document("pending.0", new Document("$exists", true)),
                new Document("stale", true)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mongo.getDatabase("feedback").getCollection("score_days").countDocuments(marked) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(mongo.getDatabase("feedback").getCollection("score_days").countDocuments(marked))
                .as("days left marked, " + at).isZero();
    }

    /** The summary over whole days (read from the tallies) against the raw responses. */
    private static void assertSummaryEqualsRecount(String survey, String at) throws Exception {
        String from = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(10, ChronoUnit.DAYS).toString();
        String to = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).toString();
        JsonPath summary = graphql(replica, viewer, "query($f: FeedbackFilter) { feedbackSummary(filter: $f) { responseCount "
                + "nps { promoters passives detractors answers } csat { answers } } }",
                Map.of("f", Map.of("surveyId", survey, "from", from, "to", to))).setRootPath("data.feedbackSummary");
        long promoters = 0, detractors = 0, nps = 0, csat = 0;
        List<Document> stored = responses().find(new Document("workspaceId", WORKSPACE).append("surveyId", survey))
                .into(new ArrayList<>());
        for (Document response : stored) {
            for (Document answer : response.getList("answers", Document.class)) {
                int score = answer.getInteger("score");
                if (answer.getString("type").equals("NPS")) {
                    nps++;
                    promoters += score >= 9 ? 1 : 0;
                    detractors += score <= 6 ? 1 : 0;
                } else {
                    csat++;
                }
            }
        }
        assertThat(summary.getLong("responseCount")).as("responses of " + survey + ", " + at).isEqualTo(stored.size());
        assertThat(summary.getLong("nps.answers")).as(at).isEqualTo(nps);
        assertThat(summary.getLong("nps.promoters")).as(at).isEqualTo(promoters);
        assertThat(summary.getLong("nps.detractors")).as(at).isEqualTo(detractors);
        assertThat(summary.getLong("csat.answers")).as(at).isEqualTo(csat);
    }

    private static Map<String, Object> response(String survey, String clientId, Random random) {
        List<Map<String, Object>> answers = new ArrayList<>(List.of(Map.of("questionId", "nps", "score", random.nextInt(11))));
        if (random.nextBoolean()) {
            answers.add(Map.of("questionId", "csat", "score", 1 + random.nextInt(5)));
        }
        Instant submitted = Instant.now().minus(random.nextInt(3 * 24 * 60), ChronoUnit.MINUTES);
        return Map.of("surveyId", survey, "clientResponseId", clientId, "respondentRef", "respondent-" + clientId,
                "submittedAt", submitted.toString(), "answers", answers);
    }

    /** One request as a mobile app would send it: one response over REST, or a batch over GraphQL. */
    private record Submission(ServiceProcess target, boolean batched, List<Map<String, Object>> responses) {

        /** Sends it; returns the client ids the service answered ACCEPTED or DUPLICATE for. */
        List<String> send() throws IOException {
            if (batched) {
                JsonPath body = graphql(target, collector, "mutation($in: [ResponseInput!]!) { submitResponses(inputs: $in) "
                        + "{ clientResponseId status } }", Map.of("in", responses));
                assertThat(body.getList("data.submitResponses.status")).as(body.prettify())
                        .hasSize(responses.size()).doesNotContain("REJECTED");
                return body.getList("data.submitResponses.clientResponseId");
            }
            Map<String, Object> response = responses.get(0);
            HttpResponse<String> answer = post(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/api/v1/surveys/"
                    + response.get("surveyId") + "/responses")), collector, response);
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
            return List.of((String) response.get("clientResponseId"));
        }
    }

    private static JsonPath graphql(ServiceProcess target, String token, String document, Map<String, Object> variables)
            throws IOException {
        HttpResponse<String> answer = post(HttpRequest.newBuilder(URI.create(target.graphqlUrl())), token,
                Map.of("query", document, "variables", variables));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonPath.from(answer.body());
    }

    private static HttpResponse<String> post(HttpRequest.Builder request, String token, Object body) throws IOException {
        try {
            return HTTP.send(request.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String survey(String editor, String title) throws IOException {
        // Each survey about its own touchpoint, both about one journey: the journey's total spans both.
        Map<String, Object> input = Map.of("title", title, "kind", "CUSTOM", "touchpointId", java.util.UUID.randomUUID().toString(),
                "journeyId", JOURNEY,
                "questions", List.of(
                        Map.of("id", "nps", "type", "NPS", "required", true, "labels", List.of(Map.of("locale", "en", "text", "Recommend?"))),
                        Map.of("id", "csat", "type", "CSAT", "required", false, "labels", List.of(Map.of("locale", "en", "text", "Satisfied?")))));
        JsonPath created = graphql(service, editor, "mutation($in: SurveyInput!) { createSurvey(input: $in) { id revision } }",
                Map.of("in", input));
        assertThat(created.getString("data.createSurvey.id")).as(created.prettify()).isNotNull();
        JsonPath published = graphql(service, editor, "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) "
                + "{ status } }", Map.of("id", created.getString("data.createSurvey.id"), "r", created.getInt("data.createSurvey.revision")));
        assertThat(published.getString("data.publishSurvey.status")).as(published.prettify()).isEqualTo("ACTIVE");
        return created.getString("data.createSurvey.id");
    }

    private static com.mongodb.client.MongoCollection<Document> responses() {
        MongoDatabase database = mongo.getDatabase("feedback");
        return database.getCollection("responses");
    }
}
