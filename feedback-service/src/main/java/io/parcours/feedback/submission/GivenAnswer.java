package io.parcours.feedback.submission;

import java.util.List;

/** The answer to one question as submitted: a score, option ids or a text, checked against the question later. */
public record GivenAnswer(String questionId, Integer score, List<String> optionIds, String text) {
}
