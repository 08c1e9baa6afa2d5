package io.parcours.feedback.respondent;

import java.time.Instant;
import java.util.List;

import io.parcours.feedback.submission.GivenAnswer;
import io.parcours.feedback.survey.Question;

/**
 * What the hosted page shows for a link: the survey's latest published version, the locales its labels come in, the
 * hidden fields it reads from the URL, and for a personal link whether it was answered already — and when it was
 * answered by the score clicked in the e-mail only ({@code complete} false), that answer, for the page to go on.
 */
public record PageSurvey(String surveyId, int surveyVersion, String title, String defaultLocale, List<String> locales,
        List<Question> questions, List<String> hiddenFields, boolean personal, String answeredResponseId,
        boolean complete, List<GivenAnswer> givenAnswers, Instant expiresAt) {
}
