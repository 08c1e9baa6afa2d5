package io.parcours.feedback.survey;

import java.time.Instant;
import java.util.List;

/** What respondents of one published version saw. Never changes once written. */
public record SurveyVersion(String surveyId, int version, String title, String defaultLocale, List<Question> questions,
        Instant publishedAt) {
}
