package io.parcours.feedback.webhook;

import org.eclipse.microprofile.graphql.Description;

import io.parcours.feedback.event.FeedEvent;

@Description("What a webhook endpoint is sent. FEEDBACK_RECEIVED (type `feedback.received`): a response was stored, "
        + "with its NPS, CSAT and CES answers. ALERT_RAISED (type `alert.raised`): an alert rule fired.")
public enum WebhookEventType {
    FEEDBACK_RECEIVED(FeedEvent.FEEDBACK_RECEIVED), ALERT_RAISED(FeedEvent.ALERT_RAISED);

    /** The {@code type} of the payload. */
    public final String type;

    WebhookEventType(String type) {
        this.type = type;
    }
}
