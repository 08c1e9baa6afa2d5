package io.parcours.feedback.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.parcours.feedback.alert.Alert;
import io.parcours.feedback.alert.AlertRule;
import io.parcours.feedback.alert.AlertRuleStore;
import io.parcours.feedback.alert.AlertStore;
import io.parcours.feedback.alert.ResponseAlerts;
import io.parcours.feedback.event.Feed;
import io.parcours.feedback.event.FeedEvent;
import io.parcours.feedback.event.FeedEvents;
import io.parcours.feedback.event.Outbox;
import io.parcours.feedback.metrics.WorkOutcomes;
import io.parcours.feedback.mongo.Rounds;
import io.parcours.feedback.response.ResponseStore;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.webhook.Deliveries;
import io.parcours.feedback.webhook.DeliveryWorker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Works out what stored responses lead to, off the submission path: the alerts their answers raise, the live
 * events, the webhook deliveries. Claims outbox records ({@link Outbox}), does every step idempotently (ids derived
 * from causes), and removes a record only once all are stored: a crash at any point is redone by the next claim.
 * Polls on every replica, and is woken by this replica's own submissions.
 */
@ApplicationScoped
public class EventWorker {

    private static final int BATCH = 200;
    /** Under load, submissions arriving during a round are taken together after this pause. */
    private static final Duration PAUSE = Duration.ofMillis(25);

    private final Outbox outbox;
    private final ResponseStore responses;
    private final AlertRuleStore rules;
    private final AlertStore alerts;
    private final Feed feed;
    private final Deliveries deliveries;
    private final DeliveryWorker deliveryWorker;
    private final Vertx vertx;
    private final Duration pollEvery;
    private final Duration grace;
    private final Rounds rounds;
    private long timer = -1;

    public EventWorker(Outbox outbox, ResponseStore responses, AlertRuleStore rules, AlertStore alerts, Feed feed,
            Deliveries deliveries, DeliveryWorker deliveryWorker, Vertx vertx,
            @ConfigProperty(name = "parcours.events.poll-every") Duration pollEvery,
            @ConfigProperty(name = "parcours.events.grace") Duration grace) {
        this.outbox = outbox;
        this.responses = responses;
        this.rules = rules;
        this.alerts = alerts;
        this.feed = feed;
        this.deliveries = deliveries;
        this.deliveryWorker = deliveryWorker;
        this.vertx = vertx;
        this.pollEvery = pollEvery;
        this.grace = grace;
        this.rounds = new Rounds(vertx, PAUSE, "Working out alerts and events", this::round);
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(pollEvery.toMillis(), tick -> wake());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Works through the due records now; if a round is running, another follows it. */
    public void wake() {
        rounds.wake();
    }

    /** One round: a batch claimed and worked out; whether it was full. */
    private Uni<Boolean> round() {
        // The lease outlasts a round by far; a record claimed by a worker that died waits this long.
        return outbox.claim(BATCH, grace).chain(this::process).invoke(claimed -> {
            if (claimed > 0) {
                deliveryWorker.wake();
            }
        }).map(claimed -> claimed == BATCH);
    }

    private Uni<Integer> process(List<Document> claimed) {
        if (claimed.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<String> ids = claimed.stream().map(record -> record.getString("_id")).toList();
        return responses.withIds(ids).chain(found -> {
            Set<String> stored = found.stream().map(StoredResponse::id).collect(Collectors.toSet());
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            // Not stored yet: still being inserted, or never will be (a duplicate, a crash before the insert).
            List<String> abandoned = new ArrayList<>();
            List<String> waiting = new ArrayList<>();
            for (Document record : claimed) {
                if (!stored.contains(record.getString("_id"))) {
                    boolean old = record.getDate("at").toInstant().plus(grace).isBefore(now);
                    (old ? abandoned : waiting).add(record.getString("_id"));
                }
            }
            return consequences(found, now)
                    .chain(() -> outbox.done(concat(stored, abandoned)))
                    .chain(() -> outbox.retryAt(waiting, now.plus(pollEvery)))
                    .invoke(() -> {
                        WorkOutcomes.count(WorkOutcomes.OUTBOX, "processed", stored.size());
                        WorkOutcomes.count(WorkOutcomes.OUTBOX, "abandoned", abandoned.size());
                        WorkOutcomes.count(WorkOutcomes.OUTBOX, "waiting", waiting.size());
                    })
                    .replaceWith(claimed.size());
        });
    }

    private Uni<Void> consequences(List<StoredResponse> found, Instant now) {
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return rules.enabledIn(found.stream().map(StoredResponse::workspaceId).distinct().toList()).chain(enabled -> {
            Map<String, List<AlertRule>> byWorkspace = enabled.stream().collect(Collectors.groupingBy(AlertRule::workspaceId));
            List<Alert> raised = new ArrayList<>();
            List<FeedEvent> events = new ArrayList<>();
            for (StoredResponse response : found) {
                events.add(FeedEvents.received(response, now));
                raised.addAll(ResponseAlerts.raisedBy(response, byWorkspace.getOrDefault(response.workspaceId(), List.of()), now));
            }
            raised.forEach(alert -> events.add(FeedEvents.raised(alert, now)));
            return alerts.raiseAll(raised).chain(() -> publish(events));
        });
    }

    /** Stores the events for live subscribers and queues them for webhooks (alerts raised elsewhere come here too). */
    public Uni<Void> publish(List<FeedEvent> events) {
        return feed.publish(events).chain(() -> deliveries.enqueue(events));
    }

    /** Events for alerts raised outside a response (score drops). */
    public Uni<Void> publishRaised(List<Alert> raised, Instant at) {
        return publish(raised.stream().map(alert -> FeedEvents.raised(alert, at)).toList());
    }

    private static List<String> concat(Set<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
