package io.parcours.feedback.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("WebhookDeliveryState")
@Description("Where a webhook delivery stands: PENDING (queued or waiting for its next retry), DELIVERED (the endpoint "
        + "answered 2xx), DEAD (retries ran out, or the endpoint was disabled or deleted; replayable).")
public enum DeliveryState {
    PENDING, DELIVERED, DEAD
}
