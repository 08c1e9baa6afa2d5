package io.parcours.feedback.score;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import io.parcours.feedback.response.Answer;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.survey.QuestionType;

/** Additive counts of one group of responses: what every score is computed from. Merging sums them. */
public final class Tally {

    static final List<QuestionType> SCORED = List.of(QuestionType.NPS, QuestionType.CSAT, QuestionType.CES);
    static final List<String> COUNTERS = List.of("answers", "sum", "atLeast9", "atMost6", "atLeast4");

    /** Counts of one scored question type. */
    public static final class Scores {
        long answers;
        long sum;
        long atLeast9;
        long atMost6;
        long atLeast4;

        void add(Scores other) {
            answers += other.answers;
            sum += other.sum;
            atLeast9 += other.atLeast9;
            atMost6 += other.atMost6;
            atLeast4 += other.atLeast4;
        }

        long[] values() {
            return new long[] { answers, sum, atLeast9, atMost6, atLeast4 };
        }
    }

    long responses;
    final Map<QuestionType, Scores> byType = new EnumMap<>(QuestionType.class);

    Scores scores(QuestionType type) {
        return byType.computeIfAbsent(type, t -> new Scores());
    }

    void add(Tally other) {
        responses += other.responses;
        other.byType.forEach((type, scores) -> scores(type).add(scores));
    }

    /** Counts one stored response and its scored answers. */
    void count(StoredResponse response) {
        responses++;
        for (Answer answer : response.answers()) {
            QuestionType type = answer.type();
            Integer score = answer.score();
            if (SCORED.contains(type) && score != null) {
                Scores scores = scores(type);
                scores.answers++;
                scores.sum += score;
                scores.atLeast9 += score >= 9 ? 1 : 0;
                scores.atMost6 += score <= 6 ? 1 : 0;
                scores.atLeast4 += score >= 4 ? 1 : 0;
            }
        }
    }

    /** Every counter by its field in a tally document ("responses", "NPS.answers", …), zeros included. */
    Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("responses", responses);
        for (QuestionType type : SCORED) {
            long[] values = byType.getOrDefault(type, new Scores()).values();
            for (int i = 0; i < COUNTERS.size(); i++) {
                counters.put(type + "." + COUNTERS.get(i), values[i]);
            }
        }
        return counters;
    }

    /** The counts a tally document holds (0 for a counter it lacks). */
    static Tally ofTallyDocument(Document document) {
        Tally tally = new Tally();
        if (document == null) {
            return tally;
        }
        tally.responses = number(document.get("responses"));
        for (QuestionType type : SCORED) {
            Document counts = document.get(type.name(), Document.class);
            if (counts != null && number(counts.get("answers")) > 0) {
                Scores scores = tally.scores(type);
                scores.answers = number(counts.get("answers"));
                scores.sum = number(counts.get("sum"));
                scores.atLeast9 = number(counts.get("atLeast9"));
                scores.atMost6 = number(counts.get("atMost6"));
                scores.atLeast4 = number(counts.get("atLeast4"));
            }
        }
        return tally;
    }

    /** Same counts, a type without answers being the same as a missing one. */
    boolean sameCounts(Tally other) {
        return counters().equals(other.counters());
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
