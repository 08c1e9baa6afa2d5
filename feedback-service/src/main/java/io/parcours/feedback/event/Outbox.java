package io.parcours.feedback.event;

import static com.mongodb.client.model.Filters.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;

import io.parcours.feedback.mongo.Backlog;
import io.parcours.feedback.mongo.Leases;
import io.parcours.feedback.response.StoredResponse;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Responses whose consequences (alerts, live events, webhooks) are still to be worked out: one small document per
 * response, keyed by the response's id and written before the response itself, so that a crash at any point
 * leaves the work recorded. The store has no transactions: a record whose response never got stored (a duplicate,
 * or a crash before the insert) is dropped once older than a grace period. A worker claims records for a lease; a
 * claim that outlives its lease (the worker died) is taken again.
 */
@ApplicationScoped
public class Outbox {

    private final ReactiveMongoCollection<Document> records;

    public Outbox(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.records = client.getDatabase(database).getCollection("feedback_outbox");
    }

    void createIndexes(@Observes StartupEvent started) {
        Leases.createIndex(records);
    }

    /** Records the batch's responses, before they are inserted. */
    public Uni<Void> expect(List<StoredResponse> batch) {
        Date now = new Date();
        List<Document> expected = batch.stream().map(response -> new Document("_id", response.id())
                .append("workspaceId", response.workspaceId()).append("at", now).append("due", now)).toList();
        return records.insertMany(expected, new InsertManyOptions().ordered(false)).replaceWithVoid();
    }

    /** Takes back the records of responses that were not stored (duplicates). */
    public Uni<Void> forget(Collection<String> responseIds) {
        return responseIds.isEmpty() ? Uni.createFrom().voidItem()
                : records.deleteMany(in("_id", responseIds)).replaceWithVoid();
    }

    /** The records due now: responses whose consequences wait to be worked out. */
    public Uni<Backlog> backlog() {
        return Leases.backlog(records, new Document());
    }

    /** Up to {@code limit} due records, each claimed by this worker alone for {@code lease}. */
    public Uni<List<Document>> claim(int limit, Duration lease) {
        return Leases.claim(records, new Document(), limit, lease);
    }

    public Uni<Void> done(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().voidItem() : records.deleteMany(in("_id", ids)).replaceWithVoid();
    }

    public Uni<Void> retryAt(Collection<String> ids, Instant due) {
        return ids.isEmpty() ? Uni.createFrom().voidItem()
                : records.updateMany(in("_id", ids), Updates.set("due", Date.from(due))).replaceWithVoid();
    }
}
