package io.parcours.feedback.webhook;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/** One event's delivery to one endpoint, as the API shows it. */
public record Delivery(String id, String endpointId, String eventId, String type, DeliveryState state, int attempts,
        Instant createdAt, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt,
        Instant nextAttemptAt, String payload) {

    static Delivery of(Document d) {
        if (d == null) {
            return null;
        }
        DeliveryState state = DeliveryState.valueOf(d.getString("state"));
        Document message = d.get("message", Document.class);
        return new Delivery(d.getString("_id"), d.getString("endpointId"), d.getString("eventId"),
                message.getString("type"), state, d.getInteger("attempts", 0), instant(d.getDate("createdAt")),
                instant(d.getDate("lastAttemptAt")), d.getInteger("lastStatus"), d.getString("lastError"),
                instant(d.getDate("deliveredAt")), state == DeliveryState.PENDING ? instant(d.getDate("due")) : null,
                message.toJson());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
