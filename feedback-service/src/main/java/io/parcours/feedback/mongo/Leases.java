package io.parcours.feedback.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;

/**
 * Work items in a collection, each with a {@code due} date, claimed by one worker of any replica at a time: a claim
 * moves {@code due} forward by the lease, so that the item is taken again if the worker dies before it is done.
 * No transactions needed: a claim is a compare-and-set on the {@code due} it read, so of two workers reading the
 * same item only the first to write gets it. Every write finds its item by exact values of (_id, due), which the
 * index {@link #createIndex} serves on any store (the local MongoDB-protocol server uses an index only for a query on
 * exactly its keys, and would otherwise scan and match every item against every id).
 */
public final class Leases {

    private Leases() {
    }

    /** The index the claims' compare-and-set is answered from. */
    public static void createIndex(ReactiveMongoCollection<Document> items) {
        items.createIndex(Indexes.ascending("_id", "due"), new IndexOptions().unique(true)).await().indefinitely();
        items.createIndex(Indexes.ascending("due")).await().indefinitely();
    }

    /** Up to {@code limit} items matching {@code which} that are due, oldest due first, claimed for {@code lease}. */
    public static Uni<List<Document>> claim(ReactiveMongoCollection<Document> items, Bson which, int limit, Duration lease) {
        Date now = new Date();
        Date until = Date.from(now.toInstant().plus(lease));
        String owner = UUID.randomUUID().toString();
        return items.find(and(which, lte("due", now)), new FindOptions().sort(Sorts.ascending("due")).limit(limit)
                .projection(Projections.include("_id", "due"))).collect().asList()
                .chain(due -> {
                    if (due.isEmpty()) {
                        return Uni.createFrom().item(List.<Document>of());
                    }
                    List<UpdateOneModel<Document>> claims = due.stream().map(item -> new UpdateOneModel<Document>(claimed(item),
                            Updates.combine(Updates.set("due", until), Updates.set("owner", owner)))).toList();
                    return items.bulkWrite(claims, new BulkWriteOptions().ordered(false))
                            .chain(() -> items.find(in("_id", due.stream().map(item -> item.get("_id")).toList())).collect().asList())
                            .map(found -> found.stream().filter(item -> owner.equals(item.getString("owner"))).toList());
                });
    }

    /** The items matching {@code which} that are due now (as a claim would take them), and the oldest one's wait. */
    public static Uni<Backlog> backlog(ReactiveMongoCollection<Document> items, Bson which) {
        Date now = new Date();
        Bson due = and(which, lte("due", now));
        return items.countDocuments(due).chain(count -> count == 0 ? Uni.createFrom().item(Backlog.NONE)
                : items.find(due, new FindOptions().sort(Sorts.ascending("due")).limit(1)
                        .projection(Projections.include("due"))).collect().first()
                        .map(first -> new Backlog(count, first == null ? Duration.ZERO
                                : Duration.ofMillis(Math.max(0, now.getTime() - first.getDate("due").getTime())))));
    }

    /**
     * The filter of an item as read: exactly (_id, due), which the index serves. A plain document, not
     * {@code Filters.and}: that renders as {@code $and}, which no index of the local store answers.
     */
    public static Bson claimed(Document item) {
        return new Document("_id", item.get("_id")).append("due", item.get("due"));
    }
}
