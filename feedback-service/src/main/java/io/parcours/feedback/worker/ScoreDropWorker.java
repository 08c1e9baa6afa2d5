package io.parcours.feedback.worker;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jboss.logging.Logger;

import io.parcours.feedback.alert.Alert;
import io.parcours.feedback.alert.ScoreDrops;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the SCORE_DROP rules every {@code parcours.alerts.drop-check-every} on every replica and publishes the
 * alerts they raise to the live feed and the webhooks (an alert's id comes from its cause, so a second replica's
 * check stores and publishes nothing new).
 */
@ApplicationScoped
public class ScoreDropWorker {

    private static final Logger LOG = Logger.getLogger(ScoreDropWorker.class);

    private final ScoreDrops drops;
    private final EventWorker events;

    public ScoreDropWorker(ScoreDrops drops, EventWorker events) {
        this.drops = drops;
        this.events = events;
    }

    @Scheduled(every = "${parcours.alerts.drop-check-every}", delayed = "${parcours.alerts.drop-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkAll() {
        return check(Instant.now().truncatedTo(ChronoUnit.MILLIS)).replaceWithVoid().onFailure().recoverWithUni(failure -> {
            LOG.warn("The score-drop check failed; it runs again at the next interval", failure);
            return Uni.createFrom().voidItem();
        });
    }

    /** Evaluates every enabled SCORE_DROP rule as of {@code now}, stores and publishes what they raise. */
    public Uni<List<Alert>> check(Instant now) {
        return drops.check(now).call(raised -> events.publishRaised(raised, now));
    }
}
