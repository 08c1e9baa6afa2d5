package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.parcours.feedback.response.StoredResponse;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Score counts per UTC day and per combination of links (survey, touchpoint, stage, journey, persona), one
 * document per {@link DayKey}, and all-time totals per journey, stage and touchpoint, one document per
 * {@link SubjectKey}. Summaries read these few documents for whole days instead of every response: their cost follows
 * the number of days and surveys, not responses; a journey map's all-time scores are read by _id.
 * <p>
 * A batch marks its days {@code pending} before its responses are stored; the $inc takes the mark off. What a crash
 * leaves marked, and a day a recount touched while a batch was stored ({@code stale}), {@link TallyRepair} recounts:
 * a recount sets the counts, so whatever the order, the next one makes them right.
 */
@ApplicationScoped
public class DailyTallies {

    /** A day's state while a recount holds it. */
    private static final String LOCKED = "locked";

    private final ReactiveMongoCollection<Document> days;

    public DailyTallies(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.days = client.getDatabase(database).getCollection("score_days");
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
        days.createIndex(Indexes.ascending("pending.at")).await().indefinitely();
    }

    /**
     * Stores a batch with {@code insert} (which answers the positions of duplicates) and adds the stored responses to
     * their days' and subjects' counts. Each day is marked {@code pending} by the batch before the insert, and the $inc
     * removes the mark: a crash in between leaves it. The totals are not marked (a busy touchpoint's total would gather
     * the marks of every submission in flight): they are counted before the days, so that a crash before the days' $inc
     * leaves the days marked, and the repair of a day recounts its subjects' totals too. A tally that a recount held or
     * recounted meanwhile (its {@code recount} lock, its {@code epoch}, read before the insert and with the $inc) may
     * have counted these responses or may overwrite the $inc: it is marked {@code stale} and recounted. Every write
     * finds its document by _id alone, which every store answers from its primary index.
     */
    public Uni<Set<Integer>> insertCounted(List<StoredResponse> batch, Supplier<Uni<Set<Integer>>> insert) {
        Map<String, TallyKey> keys = TallyKey.ofResponses(batch);
        Map<String, TallyKey> totals = new LinkedHashMap<>();
        Map<String, TallyKey> days = new LinkedHashMap<>();
        keys.forEach((id, key) -> (key instanceof SubjectKey ? totals : days).put(id, key));
        Document mark = new Document("batch", UUID.randomUUID().toString()).append("at", new Date());
        // Two batches creating a tally document at once can see one upsert refused for a duplicate key: this first
        // write, harmless twice (the $pull takes every copy of a mark off), is written again. The $inc is not: if it
        // fails, the marks stay and the days and their subjects are recounted.
        return write(keys, id -> days.containsKey(id) ? Updates.combine(Updates.push("pending", mark), fields(days.get(id)))
                : fields(totals.get(id)), ReturnDocument.BEFORE)
                .onFailure(TallyRecount::duplicateKey).retry().atMost(1)
                .chain(before -> insert.get().call(duplicates -> {
                    Map<String, Tally> tallies = tallies(stored(batch, duplicates));
                    return write(totals, id -> counting(totals.get(id), tallies.get(id), null), ReturnDocument.AFTER)
                            .chain(totalsAfter -> write(days, id -> counting(days.get(id), tallies.get(id), mark),
                                    ReturnDocument.AFTER).map(daysAfter -> {
                                        Map<String, Object> after = new HashMap<>(totalsAfter);
                                        after.putAll(daysAfter);
                                        return after;
                                    }))
                            .chain(after -> markStale(touched(before, after)));
                }));
    }

    private static Bson fields(TallyKey key) {
        List<Bson> fields = new ArrayList<>();
        key.fields().forEach((field, value) -> fields.add(Updates.set(field, value)));
        return Updates.combine(fields);
    }

    /** The stored responses' counts, and the batch's mark taken off (days). */
    private static Bson counting(TallyKey key, Tally tally, Document mark) {
        List<Bson> changes = new ArrayList<>(List.of(fields(key)));
        if (mark != null) {
            changes.add(Updates.pull("pending", mark));
        }
        if (tally != null) {
            tally.counters().forEach((field, value) -> changes.add(Updates.inc(field, value)));
        }
        return Updates.combine(changes);
    }

    private static Map<String, Tally> tallies(List<StoredResponse> stored) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        stored.forEach(response -> TallyKey.ofResponse(response)
                .forEach(key -> tallies.computeIfAbsent(key.id(), id -> new Tally()).count(response)));
        return tallies;
    }

    private static List<StoredResponse> stored(List<StoredResponse> batch, Set<Integer> duplicates) {
        List<StoredResponse> stored = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
            if (!duplicates.contains(k)) {
                stored.add(batch.get(k));
            }
        }
        return stored;
    }

    /**
     * Applies the update to each day (creating its document if needed); returns each day's state as the update left
     * it or found it: its epoch, or {@link #LOCKED} while a recount holds it. One day: one findOneAndUpdate. More:
     * one bulk write and one read.
     */
    private Uni<Map<String, Object>> write(Map<String, TallyKey> keys, Function<String, Bson> update, ReturnDocument state) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (keys.size() == 1) {
            String id = keys.keySet().iterator().next();
            return days.findOneAndUpdate(eq("_id", id), update.apply(id), new FindOneAndUpdateOptions().upsert(true)
                    .returnDocument(state).projection(Projections.include("epoch", "recount")))
                    .map(day -> {
                        Map<String, Object> states = new HashMap<>();
                        states.put(id, state(day));
                        return states;
                    });
        }
        List<WriteModel<Document>> updates = new ArrayList<>();
        keys.keySet().forEach(id -> updates.add(new UpdateOneModel<>(eq("_id", id), update.apply(id), new UpdateOptions().upsert(true))));
        return days.bulkWrite(updates, new BulkWriteOptions().ordered(false)).replaceWithVoid()
                .chain(() -> days.find(in("_id", keys.keySet()), new FindOptions().projection(Projections.include("epoch", "recount")))
                        .collect().asList())
                .map(found -> {
                    Map<String, Object> states = new HashMap<>();
                    keys.keySet().forEach(id -> states.put(id, null));
                    found.forEach(day -> states.put(day.getString("_id"), state(day)));
                    return states;
                });
    }

    private static Object state(Document day) {
        return day == null ? null : day.get("recount") != null ? LOCKED : day.get("epoch");
    }

    /** Days a recount held, or moved to another epoch, between the two states. */
    private static Set<String> touched(Map<String, Object> before, Map<String, Object> after) {
        Set<String> touched = new TreeSet<>();
        before.forEach((id, state) -> {
            if (LOCKED.equals(state) || LOCKED.equals(after.get(id)) || !Objects.equals(state, after.get(id))) {
                touched.add(id);
            }
        });
        return touched;
    }

    private Uni<Void> markStale(Set<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().voidItem()
                : days.updateMany(in("_id", ids), Updates.set("stale", true)).replaceWithVoid();
    }

    /** Sums of the matching day documents, keyed by the group expression's value. */
    public Uni<Map<String, Tally>> tally(Bson match, Object groupBy) {
        Document group = new Document("_id", groupBy).append("responses", new Document("$sum", "$responses"));
        for (var type : Tally.SCORED) {
            for (String counter : Tally.COUNTERS) {
                group.append(type + "_" + counter, new Document("$sum", "$" + type + "." + counter));
            }
        }
        // Only day tallies: the totals carry the workspace too.
        Bson daysOnly = Filters.and(Filters.exists("day"), match);
        return days.aggregate(List.of(new Document("$match", daysOnly), new Document("$group", group))).collect().asList()
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

    /**
     * The all-time totals of the given journeys, stages or touchpoints ({@code link}), keyed by lower-case id; ids
     * without responses are absent. One lookup by _id.
     */
    Uni<Map<String, Tally>> totals(String workspaceId, String link, List<String> ids) {
        List<String> keys = ids.stream().map(id -> SubjectKey.id(workspaceId, link, id)).distinct().toList();
        return days.find(in("_id", keys)).collect().asList().map(found -> {
            Map<String, Tally> byId = new HashMap<>();
            found.forEach(total -> byId.put(total.getString("subjectId"), Tally.ofTallyDocument(total)));
            return byId;
        });
    }

    /** The tally documents of a workspace, by id. */
    Uni<List<Document>> ofWorkspace(String workspaceId) {
        return days.find(eq("workspaceId", workspaceId)).collect().asList();
    }
}
