package io.parcours.feedback.score;

import java.util.HashMap;
import java.util.Map;

import io.parcours.feedback.survey.QuestionType;

/** Additive counts of one group of responses: what every score is computed from. Merging sums them. */
public final class Tally {

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
    }

    long responses;
    final Map<QuestionType, Scores> byType = new HashMap<>();

    Scores scores(QuestionType type) {
        return byType.computeIfAbsent(type, t -> new Scores());
    }

    void add(Tally other) {
        responses += other.responses;
        other.byType.forEach((type, scores) -> scores(type).add(scores));
    }
}
