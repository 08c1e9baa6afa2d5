package io.parcours.feedback.respondent;

import java.util.List;
import java.util.Map;

import io.parcours.feedback.response.ResponseChannel;
import io.parcours.feedback.submission.GivenAnswer;

/**
 * The hosted page's submission. {@code clientResponseId} is the page's own (a retry stores nothing new) and is ignored
 * for a personal link, whose one response is keyed by the link. {@code partial}: the score clicked in an invitation
 * e-mail, sent as the page opens; it counts as the response, which the page's later submission completes. The
 * website widget adds the page it was answered on and, when the site knows the visitor, their reference.
 */
public record PageAnswers(String clientResponseId, String locale, ResponseChannel channel, List<GivenAnswer> answers,
        Map<String, String> hiddenFields, boolean partial, String respondentRef, String pageUrl) {
}
