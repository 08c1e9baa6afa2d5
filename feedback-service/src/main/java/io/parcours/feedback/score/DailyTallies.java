package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.parcours.feedback.response.ResponseStore;
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
 * A response is stored marked {@code tallyPending}, counted here with $inc, then unmarked. A crash in between
 * leaves it marked, and {@link TallyRepair} recounts its day. While a day is being recounted (its document holds
 * a {@code recount} lock) the $inc is held back and the response stays marked: the recount sets the counts, so
 * nothing is counted twice.
 */
@ApplicationScoped
public class DailyTallies {

    private final ReactiveMongoCollection<Document> days;
    private final ResponseStore responses;

    public DailyTallies(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            ResponseStore responses) {
        this.days = client.getDatabase(database).getCollection("score_days");
        this.responses = responses;
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

    /** Adds newly stored responses to their days' counts and unmarks those counted. */
    public Uni<Void> count(List<Document> stored) {
        Map<String, DayKey> keys = new LinkedHashMap<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, List<String>> responseIds = new LinkedHashMap<>();
        for (Document response : stored) {
            DayKey key = DayKey.ofResponse(response);
            keys.putIfAbsent(key.id(), key);
            tallies.computeIfAbsent(key.id(), id -> new Tally()).count(response);
            responseIds.computeIfAbsent(key.id(), id -> new ArrayList<>()).add(response.getString("_id"));
        }
        List<String> ids = new ArrayList<>(keys.keySet());
        return increment(ids, keys, tallies).chain(heldBack -> {
            List<String> counted = new ArrayList<>();
            responseIds.forEach((id, responseIdsOfDay) -> {
                if (!heldBack.contains(id)) {
                    counted.addAll(responseIdsOfDay);
                }
            });
            return responses.unmarkPending(counted);
        });
    }

    /**
     * $inc of each day not being recounted; returns the ids of the days held back. A day document created by two
     * writers at once refuses one upsert with a duplicate key: that one is tried once more.
     */
    private Uni<Set<String>> increment(List<String> ids, Map<String, DayKey> keys, Map<String, Tally> tallies) {
        return incrementOnce(ids, keys, tallies)
                .chain(refused -> refused.isEmpty() ? Uni.createFrom().item(refused)
                        : incrementOnce(new ArrayList<>(refused), keys, tallies));
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
            updates.add(new UpdateOneModel<>(and(eq("_id", id), eq("recount", null)), Updates.combine(changes),
                    new UpdateOptions().upsert(true)));
        }
        return days.bulkWrite(updates, new com.mongodb.client.model.BulkWriteOptions().ordered(false))
                .map(done -> Set.<String>of())
                .onFailure(MongoBulkWriteException.class).recoverWithUni(failure -> {
                    Set<String> refused = new TreeSet<>();
                    for (var error : ((MongoBulkWriteException) failure).getWriteErrors()) {
                        // A locked day: the filter misses it and the upsert clashes with its _id.
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

    /** The documents with these ids. */
    Uni<List<Document>> withIds(Set<String> ids) {
        return days.find(in("_id", ids)).collect().asList();
    }
}
