package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;

import io.parcours.feedback.response.ResponseStore;
import io.parcours.feedback.survey.QuestionType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Score aggregations. One pipeline per call, whatever the number of groups: $match on indexed fields, then a
 * $facet that counts responses and, after $unwind of the answers, sums the scored ones per group and type.
 * Only stages that both MongoDB and mongo-java-server run; every ratio and rounding is done in Java.
 */
@ApplicationScoped
public class ScoreStore {

    /** Groups by nothing: one tally for all matching responses. */
    public static final Object ALL = "all";
    /** Groups by UTC day of submittedAt, as yyyy-MM-dd. */
    public static final Object DAY = dayOf("$submittedAt");

    /** Groups by the UTC day of a date field, as yyyy-MM-dd. */
    public static Object dayOf(String field) {
        return new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", field));
    }

    private static final List<String> SCORED = List.of(QuestionType.NPS.name(), QuestionType.CSAT.name(), QuestionType.CES.name());

    private final ResponseStore responses;

    public ScoreStore(ResponseStore responses) {
        this.responses = responses;
    }

    /** Tallies keyed by the group expression's value ({@link #ALL}, {@link #DAY} or e.g. "$touchpointId"). */
    public Uni<Map<String, Tally>> tally(Bson match, Object groupBy) {
        return tally(match, groupBy, String::valueOf);
    }

    /** A workspace's responses counted per {@link DayKey}: what each of its tally documents should hold. */
    Uni<Map<DayKey, Tally>> tallyByDay(String workspaceId) {
        Document key = new Document();
        // $ifNull: a link a response lacks is null in the key, as one stored null, so both count under one day.
        DayKey.LINKS.forEach(link -> key.append(link, new Document("$ifNull", Arrays.asList("$" + link, null))));
        key.append("day", DAY);
        return tally(eq("workspaceId", workspaceId), key, id -> {
            Document fields = new Document((Document) id).append("workspaceId", workspaceId);
            fields.put("day", Date.from(java.time.LocalDate.parse(fields.getString("day"))
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            return DayKey.ofTally(fields);
        });
    }

    /**
     * The responses {@code scope} selects counted per {@link SubjectKey}: what each of those all-time totals should
     * hold. One aggregation per link.
     */
    Uni<Map<SubjectKey, Tally>> tallyBySubject(Bson scope) {
        List<Uni<Map<SubjectKey, Tally>>> byLink = SubjectKey.LINKS.stream().map(link -> tally(and(scope, ne(link, null)),
                new Document("workspaceId", "$workspaceId").append("subjectId", "$" + link), id -> {
                    Document key = (Document) id;
                    return new SubjectKey(key.getString("workspaceId"), link, key.getString("subjectId"));
                })).toList();
        return Uni.join().all(byLink).andFailFast().map(maps -> {
            Map<SubjectKey, Tally> all = new LinkedHashMap<>();
            maps.forEach(all::putAll);
            return all;
        });
    }

    private <K> Uni<Map<K, Tally>> tally(Bson match, Object groupBy, Function<Object, K> keyOf) {
        Document scoresKey = new Document("key", groupBy).append("type", "$answers.type");
        List<Bson> pipeline = List.of(
                new Document("$match", match),
                new Document("$facet", new Document()
                        .append("responses", List.of(new Document("$group",
                                new Document("_id", groupBy).append("n", new Document("$sum", 1)))))
                        .append("scores", List.of(
                                new Document("$unwind", "$answers"),
                                new Document("$match", new Document("answers.type", new Document("$in", SCORED))),
                                new Document("$group", new Document("_id", scoresKey)
                                        .append("n", new Document("$sum", 1))
                                        .append("sum", new Document("$sum", "$answers.score"))
                                        .append("atLeast9", countIf("$gte", 9))
                                        .append("atMost6", countIf("$lte", 6))
                                        .append("atLeast4", countIf("$gte", 4)))))));
        return responses.collection().aggregate(pipeline).collect().first().map(facets -> tallies(facets, keyOf));
    }

    /**
     * The filter's workspace and links, and {@code timeField} in [from, to) (null bounds open). Responses and
     * daily tallies carry the same link fields.
     */
    public static Bson match(String workspaceId, FeedbackFilter filter, String timeField, Instant from, Instant to) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        addIfSet(conditions, "surveyId", filter.surveyId);
        addIfSet(conditions, "touchpointId", filter.touchpointId);
        addIfSet(conditions, "stageId", filter.stageId);
        addIfSet(conditions, "journeyId", filter.journeyId);
        addIfSet(conditions, "personaId", filter.personaId);
        if (from != null) {
            conditions.add(gte(timeField, Date.from(from)));
        }
        if (to != null) {
            conditions.add(lt(timeField, Date.from(to)));
        }
        return and(conditions);
    }

    /** Also requires {@code link} to be one of {@code ids}. */
    public static Bson withAny(Bson match, String link, List<String> ids) {
        return and(match, in(link, ids.stream().map(String::toLowerCase).toList()));
    }

    private static void addIfSet(List<Bson> conditions, String field, String value) {
        if (value != null) {
            conditions.add(eq(field, value.toLowerCase()));
        }
    }

    private static Document countIf(String operator, int bound) {
        return new Document("$sum", new Document("$cond",
                List.of(new Document(operator, List.of("$answers.score", bound)), 1, 0)));
    }

    private static <K> Map<K, Tally> tallies(Document facets, Function<Object, K> keyOf) {
        Map<K, Tally> byKey = new LinkedHashMap<>();
        if (facets == null) {
            return byKey;
        }
        for (Document group : facets.getList("responses", Document.class)) {
            byKey.computeIfAbsent(keyOf.apply(group.get("_id")), k -> new Tally()).responses = number(group, "n");
        }
        for (Document group : facets.getList("scores", Document.class)) {
            Document id = group.get("_id", Document.class);
            Tally tally = byKey.computeIfAbsent(keyOf.apply(id.get("key")), k -> new Tally());
            Tally.Scores scores = tally.scores(QuestionType.valueOf(id.getString("type")));
            scores.answers = number(group, "n");
            scores.sum = number(group, "sum");
            scores.atLeast9 = number(group, "atLeast9");
            scores.atMost6 = number(group, "atMost6");
            scores.atLeast4 = number(group, "atLeast4");
        }
        return byKey;
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
