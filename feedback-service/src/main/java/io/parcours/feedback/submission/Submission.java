package io.parcours.feedback.submission;

import io.parcours.feedback.response.ResponseChannel;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One respondent's answers as submitted, before they are checked against the survey version they answer. {@code link}
 * is null but for the hosted survey page. A {@code partial} one (the score clicked in an invitation e-mail) may leave
 * required questions unanswered: the page completes it.
 */
public record Submission(String surveyId, Integer surveyVersion, String clientResponseId, String respondentRef,
        ResponseChannel channel, String locale, OffsetDateTime submittedAt, List<GivenAnswer> answers,
        LinkContext link, boolean partial) {
}
