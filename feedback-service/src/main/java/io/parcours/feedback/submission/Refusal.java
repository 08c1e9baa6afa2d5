package io.parcours.feedback.submission;

import io.parcours.common.error.ValidationException.Violation;

/**
 * Why a response is refused: the field (relative to the response, e.g. answers[1].score) and the rule it breaks.
 * A SubmissionResult shows it as one reason; a single submission refused outright carries it as a violation.
 */
record Refusal(String field, String rule, boolean labelled) {

    /** Reads "field rule": "submittedAt is required". */
    static Refusal of(String field, String rule) {
        return new Refusal(field, rule, false);
    }

    /** Reads "field: rule": "answers[0].score: question nps needs a score from 0 to 10". */
    static Refusal at(String field, String rule) {
        return new Refusal(field, rule, true);
    }

    String reason() {
        return field + (labelled ? ": " : " ") + rule;
    }

    Violation violation() {
        return new Violation("input." + field, rule);
    }
}
