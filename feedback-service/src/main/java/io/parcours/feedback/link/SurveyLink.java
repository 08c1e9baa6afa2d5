package io.parcours.feedback.link;

import java.time.Instant;

/**
 * What a survey link lets its holder do: answer one survey of one workspace. A PUBLIC link is the survey's own (anyone
 * may answer, as often as they like, while it is switched on); a PERSONAL one names the respondent and the touchpoint
 * that led to it, expires, and is answered once (its nonce is the response's clientResponseId).
 */
public record SurveyLink(Kind kind, String workspaceId, String surveyId, String respondentRef, String touchpointId,
        Instant expiresAt, String nonce) {

    /** PUBLIC and PERSONAL open a survey; UNSUBSCRIBE only stops a contact's invitations (its survey is null). */
    public enum Kind {
        PUBLIC, PERSONAL, UNSUBSCRIBE
    }

    public static SurveyLink publicLink(String workspaceId, String surveyId) {
        return new SurveyLink(Kind.PUBLIC, workspaceId, surveyId, null, null, null, null);
    }

    public static SurveyLink unsubscribe(String workspaceId, String respondentRef, String invitationId) {
        return new SurveyLink(Kind.UNSUBSCRIBE, workspaceId, null, respondentRef, null, null, invitationId);
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The clientResponseId of the one response a personal link may give. */
    public String responseKey() {
        return "link:" + nonce;
    }
}
