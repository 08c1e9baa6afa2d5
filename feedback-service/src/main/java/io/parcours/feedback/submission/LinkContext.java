package io.parcours.feedback.submission;

import java.util.Map;

/**
 * What a survey link adds to a response given on the hosted page: the touchpoint of the invitation (kept when the
 * survey itself names none) and the survey's hidden fields read from the link's URL.
 */
public record LinkContext(String touchpointId, Map<String, String> hiddenFields) {
}
