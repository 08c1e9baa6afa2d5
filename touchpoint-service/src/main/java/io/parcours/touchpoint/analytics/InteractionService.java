package io.parcours.touchpoint.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.parcours.common.Ids;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.touchpoint.relay.TraceParents;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ingests analytics events in batches: per-event checks, then one INSERT … ON CONFLICT DO NOTHING for the
 * valid rest. The primary key (workspace, eventId) makes replays — also concurrent ones — store nothing twice, and
 * only what was stored goes into the outbox that carries it to Kafka.
 */
@ApplicationScoped
public class InteractionService {

    public static final int MAX_BATCH = 1000;
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    static final BigDecimal MAX_ORDER_VALUE = new BigDecimal("999999999999.99");

    private static final String TOUCHPOINTS = "select id, journey_id from touchpoint where workspace_id = $1 and id = any($2)";
    /**
     * The new interactions, and in the same statement one outbox row naming them for InteractionRelay, with the trace
     * of the request that stored them.
     */
    private static final String INSERT = """
            with inserted as (
                insert into touchpoint_interaction
                    (workspace_id, event_id, journey_id, touchpoint_id, customer_ref, occurred_at, order_value)
                select $1, e.event_id, e.journey_id, e.touchpoint_id, e.customer_ref, e.occurred_at, e.order_value::numeric
                from unnest($2::varchar[], $3::uuid[], $4::uuid[], $5::varchar[], $6::timestamptz[], $7::text[])
                    as e(event_id, journey_id, touchpoint_id, customer_ref, occurred_at, order_value)
                on conflict (workspace_id, event_id) do nothing
                returning event_id, journey_id, touchpoint_id, customer_ref, occurred_at, order_value),
            outbox as (
                insert into interaction_outbox (workspace_id, event_ids, traceparent)
                select $1, array_agg(event_id), $8 from inserted having count(*) > 0)
            select event_id, journey_id, customer_ref, order_value from inserted""";

    private final Pool pool;
    private final Caller caller;

    public InteractionService(Pool pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    public Uni<InteractionBatchResult> record(List<InteractionEvent> events) {
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            return Uni.createFrom().failure(ValidationException.of("events", "must hold 1 to " + MAX_BATCH + " events"));
        }
        String traceparent = TraceParents.ofCurrentSpan();
        return caller.workspaceToCollect().chain(workspace -> journeysOfTouchpoints(workspace, events)
                .chain(journeyOf -> store(workspace, events, journeyOf, traceparent)));
    }

    /** Touchpoint id → journey id, for the batch's touchpoints that exist in the workspace. */
    private Uni<Map<UUID, UUID>> journeysOfTouchpoints(String workspace, List<InteractionEvent> events) {
        UUID[] ids = events.stream().map(e -> Ids.parse(e.touchpointId)).flatMap(Optional::stream).distinct()
                .toArray(UUID[]::new);
        return pool.preparedQuery(TOUCHPOINTS).execute(Tuple.of(workspace, ids)).map(rows -> {
            Map<UUID, UUID> journeyOf = new HashMap<>();
            for (Row row : rows) {
                journeyOf.put(row.getUUID("id"), row.getUUID("journey_id"));
            }
            return journeyOf;
        });
    }

    private Uni<InteractionBatchResult> store(String workspace, List<InteractionEvent> events, Map<UUID, UUID> journeyOf,
            String traceparent) {
        OffsetDateTime latest = OffsetDateTime.now().plus(MAX_CLOCK_SKEW);
        InteractionOutcome[] outcomes = new InteractionOutcome[events.size()];
        List<InteractionEvent> valid = new ArrayList<>();
        List<Integer> validIndexes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            InteractionEvent event = events.get(i);
            List<String> reasons = reasons(event, journeyOf, latest);
            if (!reasons.isEmpty()) {
                outcomes[i] = InteractionOutcome.rejected(event.eventId, reasons);
            } else if (!seen.add(event.eventId)) {
                outcomes[i] = InteractionOutcome.duplicate(event.eventId);
            } else {
                valid.add(event);
                validIndexes.add(i);
            }
        }
        if (valid.isEmpty()) {
            return Uni.createFrom().item(InteractionBatchResult.of(List.of(outcomes)));
        }
        return pool.withTransaction(connection -> connection.preparedQuery(INSERT)
                .execute(columns(workspace, valid, journeyOf, traceparent))
                .call(rows -> FunnelProgress.recordNew(connection, rows))).map(rows -> {
            Set<String> inserted = new HashSet<>();
            rows.forEach(row -> inserted.add(row.getString("event_id")));
            for (int k = 0; k < valid.size(); k++) {
                String eventId = valid.get(k).eventId;
                outcomes[validIndexes.get(k)] = inserted.contains(eventId) ? InteractionOutcome.accepted(eventId)
                        : InteractionOutcome.duplicate(eventId);
            }
            return InteractionBatchResult.of(List.of(outcomes));
        });
    }

    private static List<String> reasons(InteractionEvent event, Map<UUID, UUID> journeyOf, OffsetDateTime latest) {
        List<String> reasons = new ArrayList<>();
        if (event.eventId == null || event.eventId.isBlank() || event.eventId.length() > 100) {
            reasons.add("eventId must be 1 to 100 characters");
        }
        if (Ids.parse(event.touchpointId).map(journeyOf::get).isEmpty()) {
            reasons.add("touchpointId must be a touchpoint of this workspace");
        }
        if (event.customerRef == null || event.customerRef.isBlank() || event.customerRef.length() > 200) {
            reasons.add("customerRef must be 1 to 200 characters");
        }
        if (event.occurredAt == null) {
            reasons.add("occurredAt is required");
        } else if (event.occurredAt.isAfter(latest)) {
            reasons.add("occurredAt must not be more than " + MAX_CLOCK_SKEW.toMinutes() + " minutes in the future");
        }
        if (event.orderValue != null && (event.orderValue.signum() < 0 || event.orderValue.compareTo(MAX_ORDER_VALUE) > 0
                || event.orderValue.scale() > 2 && event.orderValue.stripTrailingZeros().scale() > 2)) {
            reasons.add("orderValue must be between 0 and " + MAX_ORDER_VALUE.toPlainString() + " with at most 2 decimals");
        }
        return reasons;
    }

    private static Tuple columns(String workspace, List<InteractionEvent> events, Map<UUID, UUID> journeyOf,
            String traceparent) {
        int n = events.size();
        String[] eventIds = new String[n];
        UUID[] journeys = new UUID[n];
        UUID[] touchpoints = new UUID[n];
        String[] customers = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            InteractionEvent event = events.get(i);
            eventIds[i] = event.eventId;
            touchpoints[i] = UUID.fromString(event.touchpointId);
            journeys[i] = journeyOf.get(touchpoints[i]);
            customers[i] = event.customerRef;
            times[i] = event.occurredAt;
            values[i] = event.orderValue == null ? null : event.orderValue.toPlainString();
        }
        return Tuple.tuple(List.of(workspace, eventIds, journeys, touchpoints, customers, times, values))
                .addString(traceparent);
    }
}
