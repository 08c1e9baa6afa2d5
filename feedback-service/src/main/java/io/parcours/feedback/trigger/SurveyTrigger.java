package io.parcours.feedback.trigger;

import java.time.Instant;

import org.bson.Document;

import io.parcours.feedback.invitation.Invitation;
import io.parcours.feedback.invitation.InvitationChannel;

/**
 * "When a customer meets this touchpoint, invite them to this survey after this delay": with what became of the
 * interactions it saw — invitations scheduled, and interactions of customers who are no contact (counted, not failed).
 */
public record SurveyTrigger(String id, String workspaceId, String surveyId, String touchpointId,
        InvitationChannel channel, long delaySeconds, boolean enabled, long interactions, long invited,
        long withoutContact, Instant createdAt) {

    static SurveyTrigger of(Document d) {
        return new SurveyTrigger(d.getString("_id"), d.getString("workspaceId"), d.getString("surveyId"),
                d.getString("touchpointId"), Invitation.channel(d.getString("channel")), number(d, "delaySeconds"), d.getBoolean("enabled", false),
                number(d, "interactions"), number(d, "invited"), number(d, "withoutContact"),
                d.getDate("createdAt").toInstant());
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
