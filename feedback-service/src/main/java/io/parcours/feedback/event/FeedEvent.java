package io.parcours.feedback.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something subscribers and webhooks hear about: a response received or an alert raised. Its id is derived from
 * its cause, so the same cause always gives the same event, which receivers use to drop duplicates.
 *
 * @param type {@link #FEEDBACK_RECEIVED} or {@link #ALERT_RAISED}
 * @param data the event's body (JSON-ready: strings, numbers, nested documents)
 */
@RegisterForReflection
public record FeedEvent(@BsonId String id, String type, String workspaceId, String journeyId, Instant at, Document data) {

    public static final String FEEDBACK_RECEIVED = "feedback.received";
    public static final String ALERT_RAISED = "alert.raised";

    static String id(String type, String causeId) {
        return "evt_" + UUID.nameUUIDFromBytes((type + "|" + causeId).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
    }
}
