package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Score counts per UTC day and per combination of links (survey, touchpoint, stage, journey, persona), one
 * document per {@link DayKey}. Summaries read these few documents for whole days instead of every response: their
 * cost follows the number of days and surveys, not responses.
 * <p>
 * A batch's days are marked ({@link TallyMarkers}) before its responses are stored and unmarked once counted here
 * with $inc; a crash in between leaves them marked, and {@link TallyRepair} recounts them. A day that a recount held
 * or finished while the batch was stored (its {@code recount} lock, its {@code epoch}) stays marked too: a recount
 * sets the counts, so whatever the order, the next one makes them right.
 */
@ApplicationScoped
public class DailyTallies {

    private final ReactiveMongoCollection<Document> days;
    private final TallyMarkers markers;

    public DailyTallies(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            TallyMarkers markers) {
        this.days = client.getDatabase(database).getCollection("score_days");
        this.markers = markers;
    }

    ReactiveMongoCollection<Document> collection() {
        return days;
    }

    void createIndexes(@Observes StartupEvent started) {
        for (String link : DayKey.LINKS) {
            days.createIndex(Indexes.ascending("workspaceId", link, "day")).await().indefinitely();
        }
        days.createIndex(Indexes.ascending("stale")).await().indefinitely();
        days.createIndex(Indexes.ascending("recount.since")).await().indefinitely();
    }

    /**
     * Stores a batch with {@code insert} (which answers the positions of duplicates) and adds the stored responses to
     * their days' counts. A recount that touched one of the days meanwhile (its epoch moved, or it holds the day)
     * may have counted these responses, or may overwrite this $inc: that day stays marked and is recounted.
     * (The checks are reads before and after rather than conditions of the $inc: the $inc then finds its day by
     * _id alone, which every store answers from its primary index.)
     */
    public Uni<Set<Integer>> insertCounted(List<Document> batch, Supplier<Uni<Set<Integer>>> insert) {
        Map<String, DayKey> keys = new LinkedHashMap<>();
        batch.forEach(response -> keys.putIfAbsent(DayKey.ofResponse(response).id(), DayKey.ofResponse(response)));
        return epochs(keys.keySet()).chain(before -> markers.mark(keys.values()).chain(marker -> insert.get()
                .call(duplicates -> increment(stored(batch, duplicates))
                        .chain(() -> recountedSince(before))
                        .chain(touched -> touched.isEmpty() ? markers.clear(marker)
                                : markers.keep(marker, touched.stream().map(keys::get).toList())))));
    }

    /** Each day's epoch (null for a day without document or never recounted); "locked" while a recount holds it. */
    private Uni<Map<String, Object>> epochs(Set<String> ids) {
        return days.find(in("_id", ids), new FindOptions().projection(Projections.include("epoch", "recount")))
                .collect().asList().map(found -> {
                    Map<String, Object> epochs = new HashMap<>();
                    ids.forEach(id -> epochs.put(id, null));
                    found.forEach(day -> epochs.put(day.getString("_id"), day.get("recount") != null ? "locked" : day.get("epoch")));
                    return epochs;
                });
    }

    /** The days a recount held or moved to another epoch since {@code before} was read. */
    private Uni<Set<String>> recountedSince(Map<String, Object> before) {
        return epochs(before.keySet()).map(after -> {
            Set<String> touched = new TreeSet<>();
            before.forEach((id, epoch) -> {
                if ("locked".equals(epoch) || !Objects.equals(epoch, after.get(id))) {
                    touched.add(id);
                }
            });
            return touched;
        });
    }

    private static List<Document> stored(List<Document> batch, Set<Integer> duplicates) {
        List<Document> stored = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
            if (!duplicates.contains(k)) {
                stored.add(batch.get(k));
            }
        }
        return stored;
    }

    /** One $inc per day of the stored responses, in one bulk write. */
    private Uni<Void> increment(List<Document> stored) {
        Map<String, DayKey> keys = new LinkedHashMap<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Document response : stored) {
            DayKey key = DayKey.ofResponse(response);
            keys.putIfAbsent(key.id(), key);
            tallies.computeIfAbsent(key.id(), id -> new Tally()).count(response);
        }
        List<String> ids = new ArrayList<>(keys.keySet());
        // A day document created by two writers at once can refuse one upsert with a duplicate key: tried once more.
        return incrementOnce(ids, keys, tallies)
                .chain(refused -> refused.isEmpty() ? Uni.createFrom().item(refused)
                        : incrementOnce(new ArrayList<>(refused), keys, tallies))
                .chain(refused -> refused.isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new IllegalStateException("Day tallies refused twice: " + refused)));
    }

    private Uni<Set<String>> incrementOnce(List<String> ids, Map<String, DayKey> keys, Map<String, Tally> tallies) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<WriteModel<Document>> updates = new ArrayList<>();
        for (String id : ids) {
            List<Bson> changes = new ArrayList<>();
            tallies.get(id).counters().forEach((field, value) -> changes.add(Updates.inc(field, value)));
            keys.get(id).fields().forEach((field, value) -> changes.add(Updates.set(field, value)));
            updates.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(changes), new UpdateOptions().upsert(true)));
        }
        return days.bulkWrite(updates, new com.mongodb.client.model.BulkWriteOptions().ordered(false))
                .map(done -> Set.<String>of())
                .onFailure(MongoBulkWriteException.class).recoverWithUni(failure -> {
                    Set<String> refused = new TreeSet<>();
                    for (var error : ((MongoBulkWriteException) failure).getWriteErrors()) {
                        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                            return Uni.createFrom().failure(failure);
                        }
                        refused.add(ids.get(error.getIndex()));
                    }
                    return Uni.createFrom().item(refused);
                });
    }

    /** Sums of the matching day documents, keyed by the group expression's value. */
    public Uni<Map<String, Tally>> tally(Bson match, Object groupBy) {
        Document group = new Document("_id", groupBy).append("responses", new Document("$sum", "$responses"));
        for (var type : Tally.SCORED) {
            for (String counter : Tally.COUNTERS) {
                group.append(type + "_" + counter, new Document("$sum", "$" + type + "." + counter));
            }
        }
        return days.aggregate(List.of(new Document("$match", match), new Document("$group", group))).collect().asList()
                .map(rows -> {
                    Map<String, Tally> byKey = new LinkedHashMap<>();
                    for (Document row : rows) {
                        Document counts = new Document("responses", row.get("responses"));
                        for (var type : Tally.SCORED) {
                            Document ofType = new Document();
                            Tally.COUNTERS.forEach(counter -> ofType.append(counter, row.get(type + "_" + counter)));
                            counts.append(type.name(), ofType);
                        }
                        byKey.computeIfAbsent(String.valueOf(row.get("_id")), k -> new Tally())
                                .add(Tally.ofTallyDocument(counts));
                    }
                    return byKey;
                });
    }

    /** The tally documents of a workspace, by id. */
    Uni<List<Document>> ofWorkspace(String workspaceId) {
        return days.find(eq("workspaceId", workspaceId)).collect().asList();
    }
}
