package io.parcours.feedback.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bson.BsonDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

import io.parcours.feedback.alert.Alert;
import io.parcours.feedback.alert.AlertStore;
import io.parcours.feedback.score.FeedbackSummary;
import io.parcours.feedback.score.ScoreService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * This replica's reading of the live feed, which every replica writes to: a MongoDB change stream where the store
 * offers one (a replica set), otherwise (the local run's store) a poll of the last seconds' events, each passed on
 * once. Events are passed to this replica's subscribers only, each through a bounded buffer: a subscriber that
 * falls {@value #BUFFER} events behind is ended with an error instead of holding memory.
 */
@ApplicationScoped
public class FeedTail {

    private static final Logger LOG = Logger.getLogger(FeedTail.class);
    /** Events one subscriber may fall behind before it is ended. */
    public static final int BUFFER = 512;
    /** How far back each poll looks: events stored late (a slow insert, clocks apart) within it are not missed. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private final Feed feed;
    private final ScoreService scores;
    private final AlertStore alerts;
    private final Vertx vertx;
    private final Duration pollEvery;
    private final Duration retention;
    private final String mode;
    private final BroadcastProcessor<LiveEvent> broadcast = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final Map<String, Instant> seen = new HashMap<>();
    private Instant cursor = Instant.now();
    private volatile BsonDocument lastToken;
    private long pollTimer = -1;
    private long pruneTimer = -1;

    public FeedTail(Feed feed, ScoreService scores, AlertStore alerts, Vertx vertx,
            @ConfigProperty(name = "parcours.feed.poll-every") Duration pollEvery,
            @ConfigProperty(name = "parcours.feed.retention") Duration retention,
            @ConfigProperty(name = "parcours.feed.mode") String mode) {
        this.feed = feed;
        this.scores = scores;
        this.alerts = alerts;
        this.vertx = vertx;
        this.pollEvery = pollEvery;
        this.retention = retention;
        this.mode = mode;
    }

    void start(@Observes StartupEvent started) {
        pruneTimer = vertx.setPeriodic(Math.max(1000, retention.toMillis() / 10), tick -> feed.prune(Instant.now().minus(retention))
                .subscribe().with(done -> { }, failure -> LOG.debug("Pruning the live feed failed", failure)));
        if ("poll".equals(mode)) {
            startPolling();
        } else {
            watch(null);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(pollTimer);
        vertx.cancelTimer(pruneTimer);
    }

    /** The events of a workspace that pass the filter, from now on. */
    public Multi<LiveEvent> events(String workspaceId, Predicate<LiveEvent> wanted) {
        return broadcast.filter(live -> workspaceId.equals(live.event().workspaceId()) && wanted.test(live))
                .onOverflow().buffer(BUFFER)
                .onSubscription().invoke(subscription -> subscribers.incrementAndGet())
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    /** Inserts into the feed collection, as they happen; a store without change streams falls back to polling. */
    private void watch(BsonDocument resumeToken) {
        AtomicBoolean heard = new AtomicBoolean(resumeToken != null);
        feed.changes(List.of(Aggregates.match(Filters.eq("operationType", "insert"))), resumeToken)
                .group().intoLists().of(256, Duration.ofMillis(20))
                .onItem().transformToUniAndConcatenate(changes -> {
                    heard.set(true);
                    BsonDocument token = changes.get(changes.size() - 1).getResumeToken();
                    return pass(changes.stream().map(ChangeStreamDocument::getFullDocument).toList()).replaceWith(token);
                })
                .subscribe().with(token -> lastToken = token, failure -> {
                    if (!heard.get()) {
                        LOG.infof("The store offers no change streams (%s): polling the live feed every %s",
                                failure.getMessage(), pollEvery);
                        startPolling();
                    } else {
                        LOG.warn("The live feed's change stream broke; resuming", failure);
                        vertx.setTimer(1000, retry -> watch(lastToken));
                    }
                });
    }

    private void startPolling() {
        pollTimer = vertx.setPeriodic(pollEvery.toMillis(), tick -> poll());
    }

    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        if (subscribers.get() == 0) {
            cursor = Instant.now();
            seen.clear();
            polling.set(false);
            return;
        }
        feed.since(cursor.minus(OVERLAP)).chain(found -> {
            List<FeedEvent> fresh = new ArrayList<>();
            for (FeedEvent event : found) {
                if (seen.putIfAbsent(event.id(), event.at()) == null) {
                    fresh.add(event);
                }
                if (event.at().isAfter(cursor)) {
                    cursor = event.at();
                }
            }
            Instant forget = cursor.minus(OVERLAP.multipliedBy(2));
            seen.values().removeIf(at -> at.isBefore(forget));
            return pass(fresh);
        }).subscribe().with(done -> polling.set(false), failure -> {
            polling.set(false);
            LOG.warn("Polling the live feed failed; trying again", failure);
        });
    }

    /** Enriches the events (scores after a response, the alert as stored) and hands them to the subscribers. */
    private Uni<Void> pass(List<FeedEvent> events) {
        if (events.isEmpty() || subscribers.get() == 0) {
            return Uni.createFrom().voidItem();
        }
        List<String> alertIds = events.stream().filter(e -> FeedEvent.ALERT_RAISED.equals(e.type()))
                .map(e -> e.data().getString("alertId")).toList();
        return alerts.withIds(alertIds).chain(stored -> summaries(events).map(summaries -> {
            Map<String, Alert> byId = stored.stream().collect(Collectors.toMap(Alert::id, Function.identity()));
            for (FeedEvent event : events) {
                if (FeedEvent.FEEDBACK_RECEIVED.equals(event.type())) {
                    Map<String, FeedbackSummary> own = new LinkedHashMap<>();
                    for (String link : List.of("journeyId", "stageId", "touchpointId")) {
                        String id = event.data().getString(link);
                        FeedbackSummary summary = id == null ? null : summaries.get(event.workspaceId() + "|" + link + "|" + id);
                        if (summary != null) {
                            own.put(link, summary);
                        }
                    }
                    broadcast.onNext(new LiveEvent(event, own, null));
                } else {
                    Alert alert = byId.get(event.data().getString("alertId"));
                    if (alert != null) {
                        broadcast.onNext(new LiveEvent(event, Map.of(), alert));
                    }
                }
            }
            return null;
        }));
    }

    /** All-time scores of every journey, stage and touchpoint the responses concern, keyed workspace|link|id. */
    private Uni<Map<String, FeedbackSummary>> summaries(List<FeedEvent> events) {
        Map<String, Map<String, Set<String>>> wanted = new HashMap<>();
        for (FeedEvent event : events) {
            if (FeedEvent.FEEDBACK_RECEIVED.equals(event.type())) {
                for (String link : List.of("journeyId", "stageId", "touchpointId")) {
                    String id = event.data().getString(link);
                    if (id != null) {
                        wanted.computeIfAbsent(event.workspaceId(), w -> new HashMap<>())
                                .computeIfAbsent(link, l -> new HashSet<>()).add(id);
                    }
                }
            }
        }
        List<Uni<Map<String, FeedbackSummary>>> lookups = new ArrayList<>();
        wanted.forEach((workspace, byLink) -> byLink.forEach((link, ids) -> lookups.add(
                scores.allTime(workspace, link, List.copyOf(ids)).map(found -> {
                    Map<String, FeedbackSummary> keyed = new HashMap<>();
                    found.forEach((id, summary) -> keyed.put(workspace + "|" + link + "|" + id, summary));
                    return keyed;
                }))));
        if (lookups.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.join().all(lookups).andFailFast().map(maps -> {
            Map<String, FeedbackSummary> all = new HashMap<>();
            maps.forEach(all::putAll);
            return all;
        });
    }
}
