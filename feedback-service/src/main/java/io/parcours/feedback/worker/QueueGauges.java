package io.parcours.feedback.worker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parcours.feedback.event.Outbox;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.metrics.WorkOutcomes;
import io.parcours.feedback.mongo.Backlog;
import io.parcours.feedback.webhook.Deliveries;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The background queues in Prometheus: {@code parcours_feedback_queue_due{queue}} (items due now and not yet done)
 * and {@code parcours_feedback_queue_oldest_wait_seconds{queue}} (how long the one due first has waited since it fell
 * due) for the outbox, webhook deliveries and invitations. Sampled from the store on a timer, not at each scrape, so
 * that a scrape costs the store nothing; every replica reports the same shared queues.
 */
@ApplicationScoped
public class QueueGauges {

    private static final Logger LOG = Logger.getLogger(QueueGauges.class);

    private final Map<String, Supplier<Uni<Backlog>>> queues;
    private final Map<String, Backlog> sampled = new ConcurrentHashMap<>();

    public QueueGauges(MeterRegistry registry, Outbox outbox, Deliveries deliveries, Invitations invitations) {
        this.queues = Map.of(WorkOutcomes.OUTBOX, outbox::backlog, WorkOutcomes.WEBHOOKS, deliveries::backlog,
                WorkOutcomes.INVITATIONS, invitations::backlog);
        for (String queue : queues.keySet()) {
            sampled.put(queue, Backlog.NONE);
            Gauge.builder("parcours.feedback.queue.due", sampled, all -> all.get(queue).due())
                    .tag("queue", queue).description("Work items due now and not yet done").register(registry);
            Gauge.builder("parcours.feedback.queue.oldest.wait", sampled,
                    all -> all.get(queue).oldestWait().toMillis() / 1000.0).baseUnit("seconds").tag("queue", queue)
                    .description("How long the item due first has waited since it fell due").register(registry);
        }
    }

    @Scheduled(every = "${parcours.metrics.queue-sample-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sample() {
        return Uni.join().all(queues.entrySet().stream().map(queue -> queue.getValue().get()
                .invoke(backlog -> sampled.put(queue.getKey(), backlog))).toList()).andCollectFailures()
                .replaceWithVoid().onFailure().recoverWithUni(failure -> {
                    LOG.debugf("The queues could not be sampled (%s); the gauges keep their last values", failure);
                    return Uni.createFrom().voidItem();
                });
    }
}
