package io.parcours.feedback.webhook;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A workspace's webhook endpoint as stored: where to send which events, and the secret that signs them. */
@RegisterForReflection
public record WebhookEndpoint(@BsonId String id, String workspaceId, String url, String description,
        List<WebhookEventType> events, String secret, boolean enabled, int revision, Instant createdAt, Instant updatedAt) {

    public boolean wants(String type) {
        return enabled && events.stream().anyMatch(event -> event.type.equals(type));
    }
}
