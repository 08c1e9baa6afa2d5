package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Days whose counts may lack responses, in {@code tally_pending}: one document per submitted batch, written before
 * its responses and removed once their $inc is done. What a crash (or a recount holding a day) leaves here is
 * recounted by {@link TallyRepair}. A few small documents, whatever the number of responses.
 */
@ApplicationScoped
public class TallyMarkers {

    private final ReactiveMongoCollection<Document> markers;

    public TallyMarkers(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.markers = client.getDatabase(database).getCollection("tally_pending");
    }

    void createIndexes(@Observes StartupEvent started) {
        markers.createIndex(Indexes.ascending("at")).await().indefinitely();
    }

    /** Marks the days of a batch about to be stored; returns the marker's id. */
    Uni<String> mark(Collection<DayKey> keys) {
        String id = UUID.randomUUID().toString();
        return markers.insertOne(marker(id, keys)).replaceWith(id);
    }

    /** The batch is counted: nothing left to repair. */
    Uni<Void> clear(String id) {
        return markers.deleteOne(eq("_id", id)).replaceWithVoid();
    }

    /** Only these days still lack the batch's counts (written anew: a repair may have removed the marker). */
    Uni<Void> keep(String id, Collection<DayKey> keys) {
        return markers.replaceOne(eq("_id", id), marker(id, keys), new ReplaceOptions().upsert(true)).replaceWithVoid();
    }

    /** Markers written before {@code before}: at most {@code limit}. */
    Uni<List<Document>> olderThan(Instant before, int limit) {
        return markers.find(lt("at", Date.from(before)), new FindOptions().limit(limit)).collect().asList();
    }

    static List<DayKey> keysOf(Document marker) {
        return marker.getList("days", Document.class).stream().map(DayKey::ofTally).toList();
    }

    private static Document marker(String id, Collection<DayKey> keys) {
        return new Document("_id", id).append("at", new Date()).append("days", keys.stream().map(DayKey::fields).toList());
    }
}
