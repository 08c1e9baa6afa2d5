package io.parcours.feedback;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.or;
import static io.parcours.feedback.support.Surveys.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Updates;

import io.parcours.feedback.score.TotalsBuild;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The daily tallies and all-time totals come back to the stored responses: after a crash left responses uncounted, after a tally was
 * damaged, while a day is being recounted, and with recounts racing submissions. The crash is what it leaves in the
 * store: the batch's marker and its response, no $inc.
 */
@QuarkusTest
class TallyRepairTest {

    private static final String DAY = "2026-05-04";
    private static final String RECOUNT = """
            mutation { recountScores { daysChecked responsesCounted daysCorrected totalsChecked totalsCorrected
              corrections { day surveyId touchpointId before { responseCount nps { score answers } }
                after { responseCount nps { score answers } } } } }""";

    @Inject
    ReactiveMongoClient mongo;
    @Inject
    TotalsBuild totals;
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final String workspace = "repair-" + UUID.randomUUID();
    private final String collector = Tokens.of(workspace, "collector");
    private final String admin = Tokens.of(workspace, "admin");
    private final String touchpoint = UUID.randomUUID().toString();
    private Object survey;

    @BeforeEach
    void survey() {
        Map<String, Object> input = Surveys.input("Repair " + touchpoint);
        input.put("touchpointId", touchpoint);
        survey = Surveys.active(Tokens.of(workspace, "editor"), input).get("id");
    }

    @Test
    void aResponseACrashLeftUncountedIsCountedWithinSeconds() {
        submit("kept", 10);
        Document stored = responses().find(eq("clientResponseId", "kept")).collect().first().await().indefinitely();
        // What a kill -9 between the insert and the $inc leaves: the day marked by the batch (totals are not marked),
        // the response, no count.
        Document orphan = new Document(stored).append("_id", UUID.randomUUID().toString())
                .append("clientResponseId", "orphan");
        orphan.getList("answers", Document.class).get(0).put("score", 0);
        // The response first here: the background repair would recount a marked day without it.
        responses().insertOne(orphan).await().indefinitely();
        // Read before the day is marked: once it is, the background repair (every second here) may already run.
        assertThat(wholeDay().getInt("responseCount")).as("the tally does not know the orphan yet").isEqualTo(1);
        assertThat(allTime().getInt("responseCount")).as("nor the total").isEqualTo(1);
        days().updateOne(and(eq("workspaceId", workspace), eq("day", date(DAY))), Updates.push("pending",
                new Document("batch", "died").append("at", Date.from(Instant.now().minusSeconds(30))))).await().indefinitely();

        JsonPath repaired = eventually(() -> wholeDay(), day -> day.getInt("responseCount") == 2);
        assertThat(repaired.getFloat("nps.score")).as("promoter and detractor").isEqualTo(0.0f);
        JsonPath total = eventually(() -> allTime(), day -> day.getInt("responseCount") == 2);
        assertThat(total.getFloat("nps.score")).as("the day's subjects recounted with it").isEqualTo(0.0f);
        assertThat(markedDays()).as("nothing left marked").isEmpty();
        assertThat(recount().getInt("daysCorrected")).as("already right").isZero();
        assertThat(recount().getInt("totalsCorrected")).as("already right").isZero();
    }

    @Test
    void recountScoresSetsDamagedTalliesAndSaysWhatItCorrected() {
        submit("a", 10);
        submit("b", 9);
        submitOn("c", 0, "2026-05-05T10:00:00Z");
        days().updateOne(and(eq("workspaceId", workspace), eq("day", date(DAY))),
                Updates.combine(Updates.inc("responses", 5), Updates.inc("NPS.answers", 5), Updates.inc("NPS.atMost6", 5)))
                .await().indefinitely();
        days().deleteOne(and(eq("workspaceId", workspace), eq("day", date("2026-05-05")))).await().indefinitely();
        assertThat(wholeDay().getInt("responseCount")).isEqualTo(7);

        assertThat(GraphQL.call(Tokens.of(workspace, "editor"), RECOUNT).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQL.call(Tokens.of(workspace, "viewer"), RECOUNT).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
        JsonPath elsewhere = GraphQL.call(Tokens.of("other-" + UUID.randomUUID(), "admin"), RECOUNT);
        assertThat(elsewhere.getInt("data.recountScores.daysChecked")).as("another workspace has nothing").isZero();
        assertThat(wholeDay().getInt("responseCount")).as("and changes nothing here").isEqualTo(7);

        JsonPath report = recount();
        assertThat(report.getInt("daysChecked")).isEqualTo(2);
        assertThat(report.getInt("responsesCounted")).isEqualTo(3);
        assertThat(report.getInt("daysCorrected")).isEqualTo(2);
        assertThat(report.getList("corrections.day")).containsExactlyInAnyOrder(DAY, "2026-05-05");
        Map<String, Object> damaged = correction(report, DAY);
        assertThat(damaged.get("touchpointId")).isEqualTo(touchpoint);
        assertThat(damaged.get("before")).isEqualTo(Map.of("responseCount", 7, "nps", Map.of("score", -42.9f, "answers", 7)));
        assertThat(damaged.get("after")).isEqualTo(Map.of("responseCount", 2, "nps", Map.of("score", 100.0f, "answers", 2)));
        Map<String, Object> lost = correction(report, "2026-05-05");
        Map<String, Object> nothing = new java.util.HashMap<>(Map.of("responseCount", 0));
        nothing.put("nps", null);
        assertThat(lost.get("before")).isEqualTo(nothing);
        assertThat(lost.get("after")).isEqualTo(Map.of("responseCount", 1, "nps", Map.of("score", -100.0f, "answers", 1)));

        assertThat(wholeDay().getInt("responseCount")).isEqualTo(2);
        assertThat(recount().getInt("daysCorrected")).as("a second recount finds nothing to correct").isZero();
    }

    @Test
    void aDayLockedByARecountThatDiedIsTakenOverAndLosesNothing() throws InterruptedException {
        submit("first", 10);
        Document lock = new Document("token", "a-recount-elsewhere").append("since", new Date());
        days().updateOne(and(eq("workspaceId", workspace), eq("day", date(DAY))), Updates.set("recount", lock))
                .await().indefinitely();
        submit("second", 0);
        submit("third", 0);
        // The recount holding the day may overwrite these $inc: the day is marked stale.
        assertThat(markedDays()).as("marked while locked").hasSize(1);
        assertThat(markedDays().get(0).getBoolean("stale")).isTrue();

        // The recount holding the lock died, the counts wrong; once its lease is over, the background repair takes
        // the day over and sets them.
        days().updateOne(and(eq("workspaceId", workspace), eq("day", date(DAY))), Updates.set("responses", 7))
                .await().indefinitely();
        // Read while the lock is live: once its lease is over, the background repair (every second here) may run.
        assertThat(wholeDay().getInt("responseCount")).isEqualTo(7);
        days().updateOne(and(eq("workspaceId", workspace), eq("day", date(DAY))),
                Updates.set("recount.since", Date.from(Instant.now().minus(Duration.ofMinutes(2))))).await().indefinitely();
        JsonPath repaired = eventually(() -> wholeDay(), day -> day.getInt("responseCount") == 3);
        assertThat(repaired.getFloat("nps.score")).isEqualTo(-33.3f);
        Document tally = days().find(and(eq("workspaceId", workspace), eq("day", date(DAY)))).collect().first()
                .await().indefinitely();
        assertThat(tally.get("recount")).as("lock released").isNull();
        // Each marker is cleared by the first background round that finds it older than the grace period.
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!markedDays().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(markedDays()).as("markers cleared by the repair").isEmpty();
        assertThat(wholeDay().getInt("responseCount")).as("recounting again changes nothing").isEqualTo(3);
    }

    @Test
    void recountsRacingSubmissionsCountEveryResponseOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean submitting = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            String writer = "w" + w;
            writers.add(pool.submit(() -> {
                for (int batch = 0; batch < 20; batch++) {
                    List<Map<String, Object>> inputs = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        Map<String, Object> response = Surveys.response(survey, writer + "-" + batch + "-" + i,
                                score("nps", (batch + i) % 11));
                        response.put("submittedAt", DAY + "T12:00:00Z");
                        inputs.add(response);
                    }
                    JsonPath body = GraphQL.call(collector, "mutation($in: [ResponseInput!]!) { submitResponses(inputs: $in) "
                            + "{ status } }", Map.of("in", inputs));
                    assertThat(body.getList("data.submitResponses.status")).as(body.prettify()).containsOnly("ACCEPTED");
                }
            }));
        }
        Future<Integer> recounts = pool.submit(() -> {
            int runs = 0;
            while (submitting.get()) {
                assertThat(GraphQL.call(admin, RECOUNT).getList("errors")).isNull();
                runs++;
            }
            return runs;
        });
        for (Future<?> writer : writers) {
            writer.get();
        }
        submitting.set(false);
        assertThat(recounts.get()).as("recounts ran during the submissions").isPositive();
        pool.shutdown();

        // A batch stored while a recount held its day may be missing from the counts until the next background
        // round recounts its marked day (repair-grace + repair-every: 2 s here).
        eventually(() -> wholeDay(), day -> day.getInt("responseCount") == 1500);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!markedDays().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(markedDays()).as("every batch counted").isEmpty();
        assertThat(wholeDay().getInt("responseCount")).isEqualTo(1500);
        assertThat(recount().getInt("daysCorrected")).as("tallies equal the responses").isZero();
        assertThat(allTime().getInt("responseCount")).isEqualTo(1500);
        assertThat(recount().getInt("totalsCorrected")).as("totals equal the responses").isZero();
    }

    @Test
    void aDamagedTotalIsSetByRecountScoresAndMissingTotalsAreBuiltAtStart() {
        submit("a", 10);
        submitOn("b", 0, "2026-05-05T10:00:00Z");
        String total = workspace + "|touchpointId|" + touchpoint;
        assertThat(days().find(eq("_id", total)).collect().first().await().indefinitely())
                .as("a total is never marked by a batch (a busy one would gather every mark in flight)")
                .containsEntry("responses", 2L).doesNotContainKey("pending");
        days().updateOne(eq("_id", total), Updates.inc("responses", 5)).await().indefinitely();
        assertThat(allTime().getInt("responseCount")).isEqualTo(7);

        JsonPath report = recount();
        assertThat(report.getInt("totalsChecked")).as("the survey's only link: its touchpoint").isEqualTo(1);
        assertThat(report.getInt("totalsCorrected")).isEqualTo(1);
        assertThat(report.getInt("daysCorrected")).isZero();
        assertThat(allTime().getInt("responseCount")).isEqualTo(2);

        // A store written before totals were kept: responses and days, no totals, no marker.
        days().deleteMany(and(eq("workspaceId", workspace), exists("subject"))).await().indefinitely();
        migrations().deleteOne(eq("_id", "score-totals")).await().indefinitely();
        assertThat(allTime().getInt("responseCount")).isZero();
        totals.build().await().indefinitely();
        JsonPath built = allTime();
        assertThat(built.getInt("responseCount")).isEqualTo(2);
        assertThat(built.getFloat("nps.score")).as("a promoter and a detractor").isEqualTo(0.0f);
        assertThat(migrations().find(eq("_id", "score-totals")).collect().first().await().indefinitely()).isNotNull();
        assertThat(recount().getInt("totalsCorrected")).isZero();
    }

    private void submit(String client, int nps) {
        submitOn(client, nps, DAY + "T10:00:00Z");
    }

    private void submitOn(String client, int nps, String at) {
        Map<String, Object> response = Surveys.response(survey, client, score("nps", nps));
        response.put("submittedAt", at);
        JsonPath body = Surveys.submit(collector, response);
        assertThat(body.getString("data.submitResponse.status")).as(body.prettify()).isEqualTo("ACCEPTED");
    }

    /** The day's summary from its tally alone: midnight to midnight reads no response. */
    private JsonPath wholeDay() {
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"), Surveys.SUMMARY,
                Map.of("f", Map.of("from", DAY + "T00:00:00Z", "to", "2026-05-05T00:00:00Z")));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body.setRootPath("data.feedbackSummary");
    }

    /** The touchpoint's all-time summary, as the gateway reads it (from its total alone). */
    private JsonPath allTime() {
        JsonPath body = GraphQL.call(Tokens.of(workspace, "viewer"),
                "query($ids: [String!]!) { summariesByTouchpointIds(ids: $ids) { responseCount nps { score } } }",
                Map.of("ids", List.of(touchpoint)));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body.setRootPath("data.summariesByTouchpointIds[0]");
    }

    private JsonPath recount() {
        JsonPath body = GraphQL.call(admin, RECOUNT);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body.setRootPath("data.recountScores");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> correction(JsonPath report, String day) {
        return ((List<Map<String, Object>>) (Object) report.getList("corrections")).stream()
                .filter(c -> day.equals(c.get("day"))).findFirst().orElseThrow();
    }

    private static JsonPath eventually(Supplier<JsonPath> read, java.util.function.Predicate<JsonPath> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonPath last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = read.get();
        }
        assertThat(done.test(last)).as("within 15 s: " + last.prettify()).isTrue();
        return last;
    }

    private static Date date(String day) {
        return Date.from(Instant.parse(day + "T00:00:00Z"));
    }

    private ReactiveMongoCollection<Document> responses() {
        return mongo.getDatabase(database).getCollection("responses");
    }

    /** This workspace's days that a batch marked and did not count, or that a recount has yet to set. */
    /**
     * The day tallies marked for repair. A subject's totals kept in the same collection may be marked too (its epoch
     * moved while a submission counted, when the background totals build ran): harmless, and not what is checked.
     */
    private List<Document> markedDays() {
        return days().find(and(eq("workspaceId", workspace), exists("day"), or(
                exists("pending.0"), eq("stale", true)))).collect().asList()
                .await().indefinitely();
    }

    private ReactiveMongoCollection<Document> migrations() {
        return mongo.getDatabase(database).getCollection("migrations");
    }

    private ReactiveMongoCollection<Document> days() {
        return mongo.getDatabase(database).getCollection("score_days");
    }
}
