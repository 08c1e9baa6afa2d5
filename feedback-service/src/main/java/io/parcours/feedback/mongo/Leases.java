package io.parcours.feedback.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;

/**
 * Work items in a collection, each with a {@code due} date, claimed by one worker of any replica at a time: a claim
 * moves {@code due} forward by the lease, so that the item is taken again if the worker dies before it is done.
 * No transactions needed: the update matches an item only while it is due, so two workers never both claim it.
 */
public final class Leases {

    private Leases() {
    }

    /** Up to {@code limit} items matching {@code which} that are due, oldest due first, claimed for {@code lease}. */
    public static Uni<List<Document>> claim(ReactiveMongoCollection<Document> items, Bson which, int limit, Duration lease) {
        Date now = new Date();
        String owner = UUID.randomUUID().toString();
        return items.find(and(which, lte("due", now)), new FindOptions().sort(Sorts.ascending("due")).limit(limit)
                .projection(Projections.include("_id"))).map(item -> item.get("_id")).collect().asList()
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Document>of())
                        : items.updateMany(and(in("_id", ids), which, lte("due", now)), Updates.combine(
                                Updates.set("due", Date.from(now.toInstant().plus(lease))), Updates.set("owner", owner)))
                                .chain(() -> items.find(and(in("_id", ids), eq("owner", owner))).collect().asList()));
    }
}
