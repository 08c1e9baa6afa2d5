package io.parcours.touchpoint.relay;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The interactions on their way to Kafka in Prometheus: {@code parcours_touchpoint_queue_due{queue="interaction_outbox"}}
 * (outbox rows not yet acknowledged by the broker, each a stored batch) and
 * {@code parcours_touchpoint_queue_oldest_wait_seconds} (how long the oldest has waited). Sampled on a timer, not at
 * each scrape; every replica reports the same shared outbox.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);
    private static final String QUEUE = "interaction_outbox";
    private static final String SAMPLE = "select count(*) as waiting, "
            + "coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest from interaction_outbox";

    private final Pool pool;
    private final Vertx vertx;
    private final Duration every;
    private volatile double waiting;
    private volatile double oldestSeconds;
    private long timer = -1;

    OutboxGauges(MeterRegistry registry, Pool pool, Vertx vertx,
            @ConfigProperty(name = "parcours.metrics.queue-sample-every") Duration every) {
        this.pool = pool;
        this.vertx = vertx;
        this.every = every;
        Gauge.builder("parcours.touchpoint.queue.due", this, gauges -> gauges.waiting).tag("queue", QUEUE)
                .description("Outbox rows (stored batches of interactions) not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("parcours.touchpoint.queue.oldest.wait", this, gauges -> gauges.oldestSeconds).tag("queue", QUEUE)
                .baseUnit("seconds").description("How long the oldest outbox row has waited").register(registry);
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(every.toMillis(), tick -> sample());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    private void sample() {
        pool.query(SAMPLE).execute().subscribe().with(rows -> {
            Row row = rows.iterator().next();
            waiting = row.getLong("waiting");
            oldestSeconds = row.getDouble("oldest");
        }, failure -> LOG.debugf("The outbox could not be sampled (%s); the gauges keep their last values", failure));
    }
}
