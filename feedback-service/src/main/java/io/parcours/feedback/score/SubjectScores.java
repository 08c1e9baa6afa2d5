package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;

import io.parcours.feedback.survey.QuestionType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * NPS and CSAT of every touchpoint and stage within a scope over whole UTC days, summed from the daily tallies
 * (their documents carry every link, so each subject keeps its journey): what a score-drop rule compares.
 */
@ApplicationScoped
public class SubjectScores {

    /** The levels measured, by their link field. */
    public static final List<String> LEVELS = List.of("touchpointId", "stageId");

    /** One subject's counts over the days. */
    public record Measured(String level, String subjectId, String journeyId, String stageId, String touchpointId,
            long npsAnswers, Double nps, long csatAnswers, Double csat) {

        /** The metric's value (null without answers) and its answer count. */
        public Double value(boolean nps) {
            return nps ? this.nps : csat;
        }

        public long answers(boolean nps) {
            return nps ? npsAnswers : csatAnswers;
        }
    }

    private final DailyTallies days;

    public SubjectScores(DailyTallies days) {
        this.days = days;
    }

    /**
     * Each touchpoint's and stage's scores over [from, to) (UTC day starts), within the scope ({@code scopeLink} =
     * {@code scopeId}; null: the whole workspace), keyed by level and id.
     */
    public Uni<Map<String, Measured>> over(String workspaceId, String scopeLink, String scopeId, Instant from, Instant to) {
        List<Bson> conditions = new ArrayList<>(List.of(exists("day"), eq("workspaceId", workspaceId),
                gte("day", Date.from(from)), lt("day", Date.from(to))));
        if (scopeLink != null) {
            conditions.add(eq(scopeLink, scopeId));
        }
        return days.collection().find(and(conditions)).collect().asList().map(found -> {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            Map<String, Document> links = new LinkedHashMap<>();
            for (Document day : found) {
                for (String level : LEVELS) {
                    String id = day.getString(level);
                    if (id != null) {
                        String key = level + "|" + id;
                        tallies.computeIfAbsent(key, k -> new Tally()).add(Tally.ofTallyDocument(day));
                        links.putIfAbsent(key, day);
                    }
                }
            }
            Map<String, Measured> measured = new LinkedHashMap<>();
            tallies.forEach((key, tally) -> {
                Document day = links.get(key);
                String level = key.substring(0, key.indexOf('|'));
                Tally.Scores nps = tally.byType.get(QuestionType.NPS);
                Tally.Scores csat = tally.byType.get(QuestionType.CSAT);
                measured.put(key, new Measured(level, day.getString(level), day.getString("journeyId"),
                        day.getString("stageId"), level.equals("touchpointId") ? day.getString("touchpointId") : null,
                        nps == null ? 0 : nps.answers, nps == null || nps.answers == 0 ? null : exactNps(nps),
                        csat == null ? 0 : csat.answers,
                        csat == null || csat.answers == 0 ? null : 100.0 * csat.atLeast4 / csat.answers));
            });
            return measured;
        });
    }

    private static double exactNps(Tally.Scores nps) {
        return 100.0 * (nps.atLeast9 - nps.atMost6) / nps.answers;
    }
}
