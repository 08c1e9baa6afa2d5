package io.parcours.feedback.response;

import java.util.List;

import io.parcours.feedback.survey.QuestionType;

/** A checked answer, with its question's type copied in so that scores aggregate without a join. */
public record Answer(String questionId, QuestionType type, Integer score, List<String> optionIds, String text) {
}
