package io.parcours.feedback.contact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A person the workspace may invite to its surveys: the respondent reference its responses and interactions carry,
 * how to reach them and whether they agreed to it. Personal data: kept here only, never logged, erased with the
 * respondent. {@code lastInvitedAt} and {@code lastInvitationId} are the throttle's: when it was last invited, by which.
 */
@RegisterForReflection
public record Contact(@BsonId String id, String workspaceId, String respondentRef, String email, String phone,
        String locale, String timeZone, Map<String, String> attributes, boolean emailConsent, boolean smsConsent,
        Instant unsubscribedAt, Instant createdAt, Instant updatedAt, Instant lastInvitedAt, String lastInvitationId) {

    /** One id per workspace and reference, whoever writes it first: an upsert needs no lookup. */
    public static String idOf(String workspaceId, String respondentRef) {
        return UUID.nameUUIDFromBytes((workspaceId + "\n" + respondentRef).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean mayBeEmailed() {
        return email != null && emailConsent && unsubscribedAt == null;
    }

    public boolean mayBeTexted() {
        return phone != null && smsConsent && unsubscribedAt == null;
    }
}
