package io.parcours.touchpoint.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** Builds and sends interaction batches. */
public final class Events {

    public static final String RECORD = """
            mutation($events: [InteractionInput!]!) { recordInteractions(events: $events) {
              accepted duplicates rejected results { eventId status reasons } } }""";

    private Events() {
    }

    public static Map<String, Object> event(String eventId, Object touchpointId, String customer, Instant at) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", eventId);
        event.put("touchpointId", touchpointId);
        event.put("customerRef", customer);
        event.put("occurredAt", at.toString());
        return event;
    }

    public static Map<String, Object> withOrder(Map<String, Object> event, String value) {
        event.put("orderValue", value);
        return event;
    }

    public static JsonPath record(String token, List<Map<String, Object>> events) {
        return GraphQL.call(token, RECORD, Map.of("events", events));
    }
}
