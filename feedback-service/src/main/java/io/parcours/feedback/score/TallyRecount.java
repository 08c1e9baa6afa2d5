package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sets one tally (a day's, or a subject's all-time total) to a count of its stored responses. Safe beside live
 * submissions and other replicas: the recount locks the tally document and moves its epoch (a batch that sees either
 * marks the tally stale: its responses may be in this count, or its $inc overwritten by it), counts the responses,
 * and writes the counts only while it still holds the lock. A lock older than the lease belongs to a recount
 * that died; the next recount takes it over.
 */
@ApplicationScoped
public class TallyRecount {

    /** What a recount did to one tally. */
    record Outcome(TallyKey key, Tally before, Tally after, boolean done) {

        static Outcome skipped(TallyKey key) {
            return new Outcome(key, null, null, false);
        }

        boolean corrected() {
            return done && !before.sameCounts(after);
        }
    }

    private final DailyTallies days;
    private final ScoreStore scores;
    private final Duration lease;
    private final Duration grace;

    public TallyRecount(DailyTallies days, ScoreStore scores,
            @ConfigProperty(name = "parcours.scores.recount-lease") Duration lease,
            @ConfigProperty(name = "parcours.scores.repair-grace") Duration grace) {
        this.days = days;
        this.scores = scores;
        this.lease = lease;
        this.grace = grace;
    }

    public Uni<Outcome> recount(TallyKey key) {
        String token = UUID.randomUUID().toString();
        return lock(key, token).chain(before -> before.isEmpty() ? Uni.createFrom().item(Outcome.skipped(key))
                : scores.tally(key.responses(), ScoreStore.ALL)
                        .map(counted -> counted.getOrDefault(String.valueOf(ScoreStore.ALL), new Tally()))
                        .chain(after -> write(key, token, after)
                                .map(held -> held ? new Outcome(key, before.get(), after, true) : Outcome.skipped(key))));
    }

    /**
     * Recounts many tallies with one count for all: locks them all (one bulk write; a tally another recount holds is
     * left to it), counts with {@code count}, which answers every tally with responses, and writes each tally still
     * held (zeros for those without responses). The same guarantees as {@link #recount}, for a rebuild of thousands.
     */
    Uni<Void> recountTogether(List<? extends TallyKey> keys, Supplier<Uni<? extends Map<? extends TallyKey, Tally>>> count) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String token = UUID.randomUUID().toString();
        Date now = new Date();
        List<WriteModel<Document>> locks = keys.stream().<WriteModel<Document>>map(key -> new UpdateOneModel<>(
                and(eq("_id", key.id()), free(now)), locking(key, token, now), new UpdateOptions().upsert(true))).toList();
        return days.collection().bulkWrite(locks, new BulkWriteOptions().ordered(false)).replaceWithVoid()
                .onFailure(TallyRecount::duplicateKey).recoverWithNull()
                .chain(count::get)
                .chain(counted -> {
                    List<WriteModel<Document>> writes = keys.stream().<WriteModel<Document>>map(key -> new UpdateOneModel<>(
                            held(key, token), setting(counted.getOrDefault(key, new Tally())))).toList();
                    return days.collection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).replaceWithVoid();
                });
    }

    /** The tally's counts before the lock (empty tally for a new one); empty when another recount holds it. */
    private Uni<Optional<Tally>> lock(TallyKey key, String token) {
        Date now = new Date();
        return days.collection().findOneAndUpdate(and(eq("_id", key.id()), free(now)), locking(key, token, now),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE))
                .map(previous -> Optional.of(Tally.ofTallyDocument(previous)))
                // The upsert of a locked tally clashes with its _id.
                .onFailure(TallyRecount::duplicateKey).recoverWithItem(Optional.empty());
    }

    /** Not held by a recount, or held by one older than the lease (that died). */
    private Bson free(Date now) {
        return or(eq("recount", null), lt("recount.since", Date.from(now.toInstant().minus(lease))));
    }

    private Bson locking(TallyKey key, String token, Date now) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("recount", new Document("token", token).append("since", now)),
                Updates.inc("epoch", 1),
                // An erasure or a batch after this point marks the tally stale again, and it is recounted once more.
                Updates.set("stale", false),
                // Marks older than the grace period are batches that died: their responses are in this count.
                Updates.pull("pending", new Document("at", new Document("$lt", Date.from(now.toInstant().minus(grace)))))));
        key.fields().forEach((field, value) -> changes.add(Updates.setOnInsert(field, value)));
        return Updates.combine(changes);
    }

    /**
     * Sets the counts (zeros too: the document may hold a batch's mark) and releases the lock; false if the lock was
     * lost.
     */
    private Uni<Boolean> write(TallyKey key, String token, Tally counted) {
        return days.collection().updateOne(held(key, token), setting(counted)).map(result -> result.getMatchedCount() == 1);
    }

    private static Bson held(TallyKey key, String token) {
        return and(eq("_id", key.id()), eq("recount.token", token));
    }

    private static Bson setting(Tally counted) {
        List<Bson> changes = new ArrayList<>();
        counted.counters().forEach((field, value) -> changes.add(Updates.set(field, value)));
        changes.add(Updates.unset("recount"));
        return Updates.combine(changes);
    }

    /** A write refused for a duplicate key (bulk writes: every refusal). */
    static boolean duplicateKey(Throwable failure) {
        if (failure instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (failure instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return failure instanceof MongoCommandException command
                && ErrorCategory.fromErrorCode(command.getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
