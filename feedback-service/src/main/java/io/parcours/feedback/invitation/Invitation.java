package io.parcours.feedback.invitation;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * One survey sent to one contact, as stored (a document, so that workers claim it with {@code Leases}): its state,
 * why it was suppressed or failed, and when each step happened. {@code due} is when a worker next has something to do
 * with it (send it, or remind); null when nothing.
 */
public record Invitation(String id, String workspaceId, String surveyId, String respondentRef, String touchpointId,
        InvitationChannel channel, InvitationState state, Suppression suppression, String error, Instant scheduledFor, Instant sentAt,
        Instant openedAt, Instant answeredAt, String responseId, Instant remindedAt, Instant expiresAt,
        Instant createdAt) {

    static Invitation of(Document d) {
        return new Invitation(d.getString("_id"), d.getString("workspaceId"), d.getString("surveyId"),
                d.getString("respondentRef"), d.getString("touchpointId"), channel(d.getString("channel")),
                InvitationState.valueOf(d.getString("state")),
                d.getString("suppression") == null ? null : Suppression.valueOf(d.getString("suppression")),
                d.getString("error"), instant(d, "scheduledFor"), instant(d, "sentAt"), instant(d, "openedAt"),
                instant(d, "answeredAt"), d.getString("responseId"), instant(d, "remindedAt"), instant(d, "expiresAt"),
                instant(d, "createdAt"));
    }

    /** The channel as stored; invitations from before SMS have EMAIL. */
    public static InvitationChannel channel(String stored) {
        return stored == null ? InvitationChannel.EMAIL : InvitationChannel.valueOf(stored);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
