package io.parcours.feedback.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

import io.parcours.common.paging.PageCursor;
import io.parcours.feedback.event.FeedEvent;
import io.parcours.feedback.metrics.WorkOutcomes;
import io.parcours.feedback.mongo.Backlog;
import io.parcours.feedback.mongo.Leases;
import io.parcours.feedback.mongo.NewDocuments;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The webhook outbox: one document per event and endpoint, its id derived from both (queued twice: stored once),
 * with the message to send, its state and its attempts. Delivery workers of every replica claim due ones for a
 * lease ({@link Leases}): a worker killed mid-delivery leaves the delivery to be taken again.
 */
@ApplicationScoped
public class Deliveries {

    private final ReactiveMongoCollection<Document> deliveries;
    private final WebhookEndpointStore endpoints;

    public Deliveries(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            WebhookEndpointStore endpoints) {
        this.deliveries = client.getDatabase(database).getCollection("webhook_deliveries");
        this.endpoints = endpoints;
    }

    void createIndexes(@Observes StartupEvent started) {
        Leases.createIndex(deliveries);
        deliveries.createIndex(Indexes.ascending("state", "due")).await().indefinitely();
        deliveries.createIndex(Indexes.descending("workspaceId", "createdAt", "_id")).await().indefinitely();
    }

    /** Queues each event for every enabled endpoint of its workspace that wants its type. */
    public Uni<Void> enqueue(List<FeedEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return endpoints.enabledIn(events.stream().map(FeedEvent::workspaceId).distinct().toList()).chain(found -> {
            List<Document> queued = new ArrayList<>();
            Date now = new Date();
            for (FeedEvent event : events) {
                for (WebhookEndpoint endpoint : found) {
                    if (endpoint.workspaceId().equals(event.workspaceId()) && endpoint.wants(event.type())) {
                        queued.add(new Document("_id", id(event.id(), endpoint.id()))
                                .append("workspaceId", event.workspaceId()).append("endpointId", endpoint.id())
                                .append("eventId", event.id())
                                .append("message", new Document("type", event.type())
                                        .append("timestamp", event.at().toString()).append("data", event.data()))
                                .append("state", DeliveryState.PENDING.name()).append("attempts", 0)
                                .append("createdAt", now).append("since", now).append("due", now));
                    }
                }
            }
            return NewDocuments.insert(deliveries, queued);
        });
    }

    static String id(String eventId, String endpointId) {
        return UUID.nameUUIDFromBytes((eventId + "|" + endpointId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Uni<List<Document>> claim(int limit, Duration lease) {
        return Leases.claim(deliveries, eq("state", DeliveryState.PENDING.name()), limit, lease);
    }

    /** The deliveries due now: queued, or waiting for a retry whose time has come. */
    public Uni<Backlog> backlog() {
        return Leases.backlog(deliveries, eq("state", DeliveryState.PENDING.name()));
    }

    /** Records the attempts of a round in one write. */
    Uni<Void> record(List<UpdateOneModel<Document>> attempts) {
        return attempts.isEmpty() ? Uni.createFrom().voidItem()
                : deliveries.bulkWrite(attempts, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    /** An attempt's outcome: delivered, or failed with the next try at {@code retryAt} (null: given up, DEAD). */
    static UpdateOneModel<Document> attempted(Document delivery, Instant at, Integer status, String error, boolean delivered,
            Instant retryAt) {
        DeliveryState state = delivered ? DeliveryState.DELIVERED : retryAt == null ? DeliveryState.DEAD : DeliveryState.PENDING;
        WorkOutcomes.count(WorkOutcomes.WEBHOOKS, state == DeliveryState.PENDING ? "retried" : state.name().toLowerCase(), 1);
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("state", state.name()), Updates.inc("attempts", 1),
                Updates.set("lastAttemptAt", Date.from(at)), Updates.set("lastStatus", status),
                Updates.set("lastError", error), Updates.unset("owner")));
        changes.add(Updates.set("due", retryAt == null ? null : Date.from(retryAt)));
        if (delivered) {
            changes.add(Updates.set("deliveredAt", Date.from(at)));
        }
        // Only while this worker's claim holds (a claim outlived by its worker was taken again).
        return new UpdateOneModel<>(Leases.claimed(delivery), Updates.combine(changes));
    }

    Uni<List<Document>> page(String workspaceId, String endpointId, DeliveryState state, PageCursor after, int limit) {
        Bson where = where(workspaceId, endpointId, state);
        if (after != null) {
            Date at = Date.from(after.createdAt());
            where = and(where, or(lt("createdAt", at), and(eq("createdAt", at), lt("_id", after.id().toString()))));
        }
        return deliveries.find(where, new FindOptions().sort(Sorts.descending("createdAt", "_id")).limit(limit))
                .collect().asList();
    }

    Uni<Long> count(String workspaceId, String endpointId, DeliveryState state) {
        return deliveries.countDocuments(where(workspaceId, endpointId, state));
    }

    private static Bson where(String workspaceId, String endpointId, DeliveryState state) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("workspaceId", workspaceId)));
        if (endpointId != null) {
            conditions.add(eq("endpointId", endpointId));
        }
        if (state != null) {
            conditions.add(eq("state", state.name()));
        }
        return and(conditions);
    }

    /** Forgets deliveries delivered before {@code before}: the listing keeps recent ones, the store does not grow. */
    Uni<Void> pruneDelivered(Instant before) {
        return deliveries.deleteMany(and(eq("state", DeliveryState.DELIVERED.name()), lt("deliveredAt", Date.from(before))))
                .replaceWithVoid();
    }

    /** A DEAD delivery queued again with a fresh series of retries; null if it is not DEAD (or not here). */
    Uni<Document> replay(String workspaceId, String id) {
        Date now = new Date();
        return deliveries.findOneAndUpdate(and(eq("_id", id), eq("workspaceId", workspaceId),
                eq("state", DeliveryState.DEAD.name())), Updates.combine(Updates.set("state", DeliveryState.PENDING.name()),
                        Updates.set("since", now), Updates.set("due", now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    Uni<Document> find(String workspaceId, String id) {
        return deliveries.find(eq("_id", id)).filter(found -> workspaceId.equals(found.getString("workspaceId")))
                .collect().first();
    }

    /** Takes the respondent's reference out of the kept messages (their responses are erased). */
    public Uni<Void> eraseRespondent(String workspaceId, String respondentRef) {
        return deliveries.updateMany(and(eq("workspaceId", workspaceId), eq("message.data.respondentRef", respondentRef)),
                Updates.set("message.data.respondentRef", null)).replaceWithVoid();
    }
}
