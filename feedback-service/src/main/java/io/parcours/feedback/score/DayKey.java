package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.conversions.Bson;

import io.parcours.feedback.response.StoredResponse;

/**
 * What one daily tally counts: the responses of one workspace, one combination of links (survey, touchpoint,
 * stage, journey, persona) and one UTC day.
 */
record DayKey(String workspaceId, List<String> links, Instant day) implements TallyKey {

    static final List<String> LINKS = List.of("surveyId", "touchpointId", "stageId", "journeyId", "personaId");

    /** The key a stored response is counted under. */
    static DayKey ofResponse(StoredResponse response) {
        return new DayKey(response.workspaceId(), nullable(LINKS.stream().map(response::link)),
                response.submittedAt().truncatedTo(ChronoUnit.DAYS));
    }

    /** The key of a tally document. */
    static DayKey ofTally(Document tally) {
        return new DayKey(tally.getString("workspaceId"), linksOf(tally), tally.getDate("day").toInstant());
    }

    /** The tally document's id: the key's values joined. */
    @Override
    public String id() {
        return workspaceId + "|" + String.join("|", links.stream().map(String::valueOf).toList()) + "|" + day.toEpochMilli();
    }

    /** The fields a tally document carries to be found by the summaries' filters. */
    @Override
    public Document fields() {
        Document fields = new Document("workspaceId", workspaceId);
        for (int i = 0; i < LINKS.size(); i++) {
            fields.append(LINKS.get(i), links.get(i));
        }
        return fields.append("day", Date.from(day));
    }

    /** The responses this key counts (a missing link matches a response without it). */
    @Override
    public Bson responses() {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        for (int i = 0; i < LINKS.size(); i++) {
            conditions.add(eq(LINKS.get(i), links.get(i)));
        }
        conditions.add(gte("submittedAt", Date.from(day)));
        conditions.add(lt("submittedAt", Date.from(day.plus(1, ChronoUnit.DAYS))));
        return and(conditions);
    }

    String link(String name) {
        return links.get(LINKS.indexOf(name));
    }

    /** The all-time totals its responses are counted in too. */
    List<SubjectKey> subjects() {
        return SubjectKey.of(workspaceId, this::link);
    }

    private static List<String> linksOf(Document document) {
        return nullable(LINKS.stream().map(document::getString));
    }

    private static List<String> nullable(Stream<String> links) {
        // Arrays.asList: links may be null, which List.of refuses.
        return Arrays.asList(links.toArray(String[]::new));
    }
}
