package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sets one day's tally to a count of its stored responses. Safe beside live submissions and other replicas: the
 * recount locks the day document and moves its epoch (a batch that sees either marks the day stale: its responses
 * may be in this count, or its $inc overwritten by it), counts the responses, and writes the counts only while it
 * still holds the lock. A lock older than the lease belongs to a recount that died; the next recount takes it over.
 */
@ApplicationScoped
public class TallyRecount {

    /** What a recount did to one day. */
    record Outcome(DayKey key, Tally before, Tally after, boolean done) {

        static Outcome skipped(DayKey key) {
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

    public Uni<Outcome> recount(DayKey key) {
        String token = UUID.randomUUID().toString();
        return lock(key, token).chain(before -> before.isEmpty() ? Uni.createFrom().item(Outcome.skipped(key))
                : scores.tally(key.responses(), ScoreStore.ALL)
                        .map(counted -> counted.getOrDefault(String.valueOf(ScoreStore.ALL), new Tally()))
                        .chain(after -> write(key, token, after)
                                .map(held -> held ? new Outcome(key, before.get(), after, true) : Outcome.skipped(key))));
    }

    /** The day's counts before the lock (empty tally for a new day); empty when another recount holds it. */
    private Uni<Optional<Tally>> lock(DayKey key, String token) {
        Date now = new Date();
        Bson free = or(eq("recount", null), lt("recount.since", Date.from(now.toInstant().minus(lease))));
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("recount", new Document("token", token).append("since", now)),
                Updates.inc("epoch", 1),
                // An erasure or a batch after this point marks the day stale again, and it is recounted once more.
                Updates.set("stale", false),
                // Marks older than the grace period are batches that died: their responses are in this count.
                Updates.pull("pending", new Document("at", new Document("$lt", Date.from(now.toInstant().minus(grace)))))));
        key.fields().forEach((field, value) -> changes.add(Updates.setOnInsert(field, value)));
        return days.collection().findOneAndUpdate(and(eq("_id", key.id()), free), Updates.combine(changes),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE))
                .map(previous -> Optional.of(Tally.ofTallyDocument(previous)))
                // The upsert of a locked day clashes with its _id.
                .onFailure(TallyRecount::duplicateKey).recoverWithItem(Optional.empty());
    }

    /**
     * Sets the counts (zeros too: the document may hold a batch's mark) and releases the lock; false if the lock was
     * lost.
     */
    private Uni<Boolean> write(DayKey key, String token, Tally counted) {
        Bson held = and(eq("_id", key.id()), eq("recount.token", token));
        List<Bson> changes = new ArrayList<>();
        counted.counters().forEach((field, value) -> changes.add(Updates.set(field, value)));
        changes.add(Updates.unset("recount"));
        return days.collection().updateOne(held, Updates.combine(changes)).map(result -> result.getMatchedCount() == 1);
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
