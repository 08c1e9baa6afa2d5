package io.parcours.feedback.submission;

import java.util.Map;

/**
 * What a survey link adds to a response given on the hosted page: the touchpoint of the invitation (kept when the
 * survey itself names none), the survey's hidden fields read from the link's URL, and the web page the website
 * widget showed it on.
 */
public record LinkContext(String touchpointId, Map<String, String> hiddenFields, String pageUrl) {
}
