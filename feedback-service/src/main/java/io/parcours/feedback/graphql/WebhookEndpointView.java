package io.parcours.feedback.graphql;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.webhook.WebhookEndpoint;
import io.parcours.feedback.webhook.WebhookEventType;

@Name("WebhookEndpoint")
@Description("Where the workspace's events are POSTed, signed per Standard Webhooks (headers webhook-id, "
        + "webhook-timestamp, webhook-signature: v1,base64(HMAC-SHA256(secret, id.timestamp.body))).")
public record WebhookEndpointView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Description("Where to POST.") String url,
        @Description("What it is for.") String description,
        @NonNull @Description("The events it is sent.") List<@NonNull WebhookEventType> events,
        @NonNull @Description("The signing secret (whsec_…): verify each delivery's webhook-signature with it.") String secret,
        @Description("Whether it is sent events.") boolean enabled,
        @Description("Revision for optimistic locking: pass it as expectedRevision.") int revision,
        @NonNull @Description("When it was created.") Instant createdAt,
        @NonNull @Description("When it last changed.") Instant updatedAt) {

    static WebhookEndpointView of(WebhookEndpoint e) {
        return e == null ? null : new WebhookEndpointView(e.id(), e.url(), e.description(), e.events(), e.secret(),
                e.enabled(), e.revision(), e.createdAt(), e.updatedAt());
    }
}
