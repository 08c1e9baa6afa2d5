package io.parcours.feedback.webhook;

import java.util.List;

/** An endpoint as the client wants it; the URL's rules are checked by {@link WebhookUrls}. */
public record WebhookEndpointDetails(String url, String description, List<WebhookEventType> events, String secret,
        boolean enabled) {
}
