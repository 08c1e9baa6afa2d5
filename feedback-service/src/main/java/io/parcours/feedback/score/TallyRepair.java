package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Updates;

import io.parcours.common.security.Caller;
import io.parcours.common.security.Role;
import io.parcours.feedback.response.StoredResponse;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Brings the tallies (daily and all-time) back to the stored responses: at start (before the service reports ready),
 * every few seconds in the background, after an erasure, and on an admin's request. Every repair is a
 * {@link TallyRecount}: running it twice, or on two replicas at once, sets the same counts.
 */
@ApplicationScoped
public class TallyRepair {

    private static final Logger LOG = Logger.getLogger(TallyRepair.class);
    /** Days recounted per background round; the rest wait for the next one. */
    private static final int ROUND = 1000;
    /** Corrections listed in an admin's report; all are counted. */
    static final int LISTED = 100;

    private final DailyTallies days;
    private final ScoreStore scores;
    private final TallyRecount recount;
    private final Caller caller;
    private final Duration grace;
    private final Duration lease;

    public TallyRepair(DailyTallies days, ScoreStore scores, TallyRecount recount, Caller caller,
            @ConfigProperty(name = "parcours.scores.repair-grace") Duration grace,
            @ConfigProperty(name = "parcours.scores.recount-lease") Duration lease) {
        this.days = days;
        this.scores = scores;
        this.recount = recount;
        this.caller = caller;
        this.grace = grace;
        this.lease = lease;
    }

    /** After a crash: every batch this or another process stored but did not count, before traffic comes. */
    void atStart(@Observes @Priority(3000) StartupEvent started) { // after the stores' indexes (default 2500)
        repair(Instant.now()).await().atMost(Duration.ofMinutes(5));
    }

    /** Batches left uncounted for longer than a submission takes, and days marked stale or left locked. */
    @Scheduled(every = "${parcours.scores.repair-every}", delayed = "${parcours.scores.repair-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> inBackground() {
        return repair(Instant.now().minus(grace)).replaceWithVoid();
    }

    /** Recounts the days marked by a batch before {@code markedBefore}, the stale days and those left locked. */
    Uni<Integer> repair(Instant markedBefore) {
        Date abandoned = Date.from(Instant.now().minus(lease));
        return days.collection().find(or(lt("pending.at", Date.from(markedBefore)), eq("stale", true),
                lt("recount.since", abandoned)), new io.quarkus.mongodb.FindOptions().limit(ROUND)).collect().asList()
                .chain(found -> {
                    // A day's subjects are recounted with it: their totals are not marked (see DailyTallies).
                    Set<TallyKey> keys = new LinkedHashSet<>();
                    found.stream().map(TallyKey::ofTally).forEach(key -> {
                        keys.add(key);
                        if (key instanceof DayKey day) {
                            keys.addAll(day.subjects());
                        }
                    });
                    return recountAll(keys).map(outcomes -> {
                        long corrected = outcomes.stream().filter(TallyRecount.Outcome::corrected).count();
                        if (corrected > 0) {
                            LOG.infof("Score tallies repaired: %d of %d tallies recounted held wrong counts", corrected,
                                    keys.size());
                        }
                        return (int) corrected;
                    });
                });
    }

    /**
     * After responses were deleted: their days and subjects' totals are marked stale, then recounted (or later, if one
     * is locked).
     */
    public Uni<Void> afterErasure(List<StoredResponse> deleted) {
        return afterChange(deleted, () -> Uni.createFrom().voidItem());
    }

    /**
     * Changes responses ({@code change}, e.g. their answers replaced) with their days and subjects' totals marked stale
     * before and recounted after: a crash in between leaves them stale, which the repair recounts.
     */
    public Uni<Void> afterChange(List<StoredResponse> changed, Supplier<Uni<Void>> change) {
        Map<String, TallyKey> keys = TallyKey.ofResponses(changed);
        if (keys.isEmpty()) {
            return change.get();
        }
        return days.collection().updateMany(in("_id", keys.keySet()), Updates.set("stale", true))
                .chain(() -> change.get()).chain(() -> recountAll(keys.values())).replaceWithVoid();
    }

    /**
     * Admin: compares every tally of the caller's workspace, days and totals, with a count of its responses (one
     * aggregation per kind of key) and recounts each tally that differs.
     */
    public Uni<ScoreRecount> recountWorkspace() {
        return caller.workspaceIfAnyRole(Role.ADMINS, "recount scores").chain(workspace -> Uni.combine().all()
                .unis(scores.tallyByDay(workspace), scores.tallyBySubject(eq("workspaceId", workspace)), days.ofWorkspace(workspace))
                .asTuple().chain(found -> {
                    Map<TallyKey, Tally> expected = new HashMap<>(found.getItem1());
                    expected.putAll(found.getItem2());
                    Map<TallyKey, Tally> held = new HashMap<>();
                    found.getItem3().forEach(tally -> held.put(TallyKey.ofTally(tally), Tally.ofTallyDocument(tally)));
                    Set<TallyKey> all = new LinkedHashSet<>(expected.keySet());
                    all.addAll(held.keySet());
                    List<TallyKey> differing = all.stream().filter(key -> !expected.getOrDefault(key, new Tally())
                            .sameCounts(held.getOrDefault(key, new Tally()))).toList();
                    long responsesCounted = found.getItem1().values().stream().mapToLong(tally -> tally.responses).sum();
                    return recountAll(differing).map(outcomes -> ScoreRecount.of(all, responsesCounted, outcomes));
                }));
    }

    private Uni<List<TallyRecount.Outcome>> recountAll(java.util.Collection<? extends TallyKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // One day after another: a repair must not crowd out the submissions it runs beside.
        return Multi.createFrom().iterable(new ArrayList<>(keys)).onItem().transformToUniAndConcatenate(recount::recount)
                .collect().asList();
    }
}
