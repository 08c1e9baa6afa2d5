package io.parcours.feedback.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.webhook.Delivery;
import io.parcours.feedback.webhook.DeliveryState;

@Name("WebhookDelivery")
@Description("One event sent to one endpoint: retried with growing waits (5 s, 20 s, 80 s, … at most 6 h apart) for 24 "
        + "hours, then DEAD until replayed.")
public record WebhookDeliveryView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @NonNull @Id @Description("The endpoint.") String endpointId,
        @NonNull @Description("The event's id, sent as webhook-id: the same on every retry, for the receiver to drop "
                + "duplicates.") String eventId,
        @NonNull @Description("The event type: feedback.received or alert.raised.") String type,
        @NonNull @Description("Where it stands.") DeliveryState state,
        @Description("Attempts made.") int attempts,
        @NonNull @Description("When it was queued.") Instant createdAt,
        @Description("When it was last attempted.") Instant lastAttemptAt,
        @Description("The HTTP status of the last attempt (null when no answer came).") Integer lastStatus,
        @Description("Why the last attempt failed.") String lastError,
        @Description("When the endpoint answered 2xx.") Instant deliveredAt,
        @Description("When it is tried next (PENDING only).") Instant nextAttemptAt,
        @NonNull @Description("The JSON body sent: {type, timestamp, data}.") String payload) {

    static WebhookDeliveryView of(Delivery d) {
        return d == null ? null : new WebhookDeliveryView(d.id(), d.endpointId(), d.eventId(), d.type(), d.state(),
                d.attempts(), d.createdAt(), d.lastAttemptAt(), d.lastStatus(), d.lastError(), d.deliveredAt(),
                d.nextAttemptAt(), d.payload());
    }
}
