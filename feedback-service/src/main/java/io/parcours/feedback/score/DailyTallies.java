package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.eq;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

import io.parcours.feedback.survey.QuestionType;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Score counts per UTC day and per combination of links (survey, touchpoint, stage, journey, persona),
 * kept up to date with $inc as responses are stored or erased. Summaries read these few documents for
 * whole days instead of every response: their cost follows the number of days and surveys, not responses.
 */
@ApplicationScoped
public class DailyTallies {

    static final List<String> LINKS = List.of("surveyId", "touchpointId", "stageId", "journeyId", "personaId");
    private static final List<String> COUNTERS = List.of("answers", "sum", "atLeast9", "atMost6", "atLeast4");
    private static final List<QuestionType> SCORED = List.of(QuestionType.NPS, QuestionType.CSAT, QuestionType.CES);

    private final ReactiveMongoCollection<Document> days;

    public DailyTallies(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.days = client.getDatabase(database).getCollection("score_days");
    }

    void createIndexes(@Observes StartupEvent started) {
        for (String link : LINKS) {
            days.createIndex(Indexes.ascending("workspaceId", link, "day"), new IndexOptions()).await().indefinitely();
        }
    }

    /** Adds (sign 1) or removes (sign −1) the responses' counts. */
    public Uni<Void> apply(List<Document> responses, int sign) {
        Map<String, Document> increments = new LinkedHashMap<>();
        Map<String, Document> keys = new LinkedHashMap<>();
        for (Document response : responses) {
            Document key = key(response);
            String id = id(key);
            keys.putIfAbsent(id, key);
            Document inc = increments.computeIfAbsent(id, k -> new Document());
            add(inc, "responses", sign);
            for (Document answer : response.getList("answers", Document.class)) {
                QuestionType type = QuestionType.valueOf(answer.getString("type"));
                Integer score = answer.getInteger("score");
                if (SCORED.contains(type) && score != null) {
                    add(inc, type + ".answers", sign);
                    add(inc, type + ".sum", sign * score);
                    add(inc, type + ".atLeast9", score >= 9 ? sign : 0);
                    add(inc, type + ".atMost6", score <= 6 ? sign : 0);
                    add(inc, type + ".atLeast4", score >= 4 ? sign : 0);
                }
            }
        }
        if (increments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<WriteModel<Document>> updates = new ArrayList<>();
        increments.forEach((id, inc) -> updates.add(new UpdateOneModel<>(eq("_id", id),
                new Document("$inc", inc).append("$set", keys.get(id)), new UpdateOptions().upsert(true))));
        return days.bulkWrite(updates).replaceWithVoid();
    }

    /** Sums of the matching day documents, keyed by the group expression's value. */
    public Uni<Map<String, Tally>> tally(Bson match, Object groupBy) {
        Document group = new Document("_id", groupBy).append("responses", new Document("$sum", "$responses"));
        for (QuestionType type : SCORED) {
            for (String counter : COUNTERS) {
                group.append(type + "_" + counter, new Document("$sum", "$" + type + "." + counter));
            }
        }
        return days.aggregate(List.of(new Document("$match", match), new Document("$group", group))).collect().asList()
                .map(rows -> {
                    Map<String, Tally> byKey = new LinkedHashMap<>();
                    for (Document row : rows) {
                        Tally tally = byKey.computeIfAbsent(String.valueOf(row.get("_id")), k -> new Tally());
                        tally.responses = number(row, "responses");
                        for (QuestionType type : SCORED) {
                            long answers = number(row, type + "_answers");
                            if (answers > 0) {
                                Tally.Scores scores = tally.scores(type);
                                scores.answers = answers;
                                scores.sum = number(row, type + "_sum");
                                scores.atLeast9 = number(row, type + "_atLeast9");
                                scores.atMost6 = number(row, type + "_atMost6");
                                scores.atLeast4 = number(row, type + "_atLeast4");
                            }
                        }
                    }
                    return byKey;
                });
    }

    private static Document key(Document response) {
        Document key = new Document("workspaceId", response.getString("workspaceId"));
        for (String link : LINKS) {
            key.append(link, response.getString(link));
        }
        Date submitted = response.getDate("submittedAt");
        return key.append("day", Date.from(submitted.toInstant().truncatedTo(ChronoUnit.DAYS)));
    }

    /** The key's values joined: one document per workspace, link combination and day. */
    private static String id(Document key) {
        StringBuilder id = new StringBuilder(key.getString("workspaceId"));
        for (String link : LINKS) {
            id.append('|').append(key.getString(link));
        }
        return id.append('|').append(key.getDate("day").getTime()).toString();
    }

    private static void add(Document inc, String field, long value) {
        inc.put(field, ((Number) inc.getOrDefault(field, 0L)).longValue() + value);
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
