package io.parcours.touchpoint.relay;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Carries stored interactions from the outbox to Kafka's {@code parcours.interactions} topic, on every replica: a
 * round locks some outbox rows (SKIP LOCKED keeps replicas apart), sends each event keyed by workspace and customer
 * (one customer's events stay in order on one partition), waits for the broker's acknowledgement of all, and only then
 * deletes the rows. A crash or an unreachable broker leaves the rows for a later round: at least once, never lost;
 * consumers drop what they have seen by its event id.
 */
@ApplicationScoped
public class InteractionRelay {

    private static final Logger LOG = Logger.getLogger(InteractionRelay.class);
    /** Outbox rows per round: a row holds one stored batch, up to 1,000 events. */
    static final int ROWS_PER_ROUND = 5;
    private static final String CLAIM = "select id, workspace_id, event_ids, traceparent from interaction_outbox order by id limit $1 "
            + "for update skip locked";
    /** The interactions an outbox row names, as published: with their stage (the touchpoint's). */
    private static final String EVENTS = """
            select i.event_id, i.journey_id, t.stage_id, i.touchpoint_id, i.customer_ref, i.occurred_at
            from touchpoint_interaction i join touchpoint t on t.id = i.touchpoint_id
            where i.workspace_id = $1 and i.event_id = any($2)""";
    private static final String DELETE = "delete from interaction_outbox where id = any($1)";

    private final Pool pool;
    private final MutinyEmitter<String> interactions;
    private final Vertx vertx;
    private final Duration every;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    InteractionRelay(Pool pool, @Channel("interactions") @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = ROWS_PER_ROUND * 1000) MutinyEmitter<String> interactions, Vertx vertx,
            @ConfigProperty(name = "parcours.interactions.relay-every") Duration every) {
        this.pool = pool;
        this.interactions = interactions;
        this.vertx = vertx;
        this.every = every;
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(every.toMillis(), tick -> wake());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    /** Runs rounds until the outbox is empty, one at a time on this replica. */
    void wake() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        round().subscribe().with(full -> {
            running.set(false);
            if (full) {
                wake();
            }
        }, failure -> {
            running.set(false);
            LOG.warnf("Interactions stay in the outbox until the next round: %s", failure.toString());
        });
    }

    /** One round; whether it took as many rows as it may (more may wait). */
    Uni<Boolean> round() {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM).execute(Tuple.of(ROWS_PER_ROUND))
                .chain(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<Uni<Void>> published = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        published.add(publish(connection, row.getString("workspace_id"), row.getArrayOfStrings("event_ids"),
                                TraceParents.parentOf(row.getString("traceparent"))));
                    }
                    return ids.isEmpty() ? Uni.createFrom().item(false)
                            : Uni.join().all(published).andFailFast().chain(() -> delete(connection, ids))
                                    .replaceWith(ids.size() == ROWS_PER_ROUND);
                }));
    }

    /**
     * Reads the named interactions and sends each, in the trace that stored them; done when the broker has acknowledged
     * them all.
     */
    private Uni<Void> publish(SqlConnection connection, String workspace, String[] eventIds, Context trace) {
        return connection.preparedQuery(EVENTS).execute(Tuple.of(workspace, eventIds)).chain(found -> {
            List<Uni<Void>> sends = new ArrayList<>();
            for (Row row : found) {
                sends.add(send(new JsonObject().put("workspaceId", workspace).put("eventId", row.getString("event_id"))
                        .put("journeyId", row.getUUID("journey_id").toString())
                        .put("stageId", row.getUUID("stage_id").toString())
                        .put("touchpointId", row.getUUID("touchpoint_id").toString())
                        .put("customerRef", row.getString("customer_ref"))
                        .put("occurredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.getOffsetDateTime("occurred_at"))),
                        trace));
            }
            return sends.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sends).andFailFast().replaceWithVoid();
        });
    }

    private Uni<Void> send(JsonObject event, Context trace) {
        String key = event.getString("workspaceId") + "/" + event.getString("customerRef");
        // The connector's producer span is a child of the trace's context, and its headers carry it on to consumers.
        return interactions.sendMessage(Message.of(event.encode())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .addMetadata(TracingMetadata.withCurrent(trace)));
    }

    private static Uni<Void> delete(SqlConnection connection, List<Long> ids) {
        return connection.preparedQuery(DELETE).execute(Tuple.of(ids.toArray(Long[]::new))).replaceWithVoid();
    }
}
