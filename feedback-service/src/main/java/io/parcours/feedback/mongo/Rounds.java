package io.parcours.feedback.mongo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The rounds of a background worker of this replica: one at a time. A wake-up during a round runs another after a
 * short pause, so that work arriving meanwhile (a busy stream of submissions) is taken in one round rather than one
 * round each; a round that found a full batch is followed at once. No wake-up is lost.
 */
public final class Rounds {

    private static final Logger LOG = Logger.getLogger(Rounds.class);

    private final Vertx vertx;
    private final Duration pause;
    private final String what;
    private final Supplier<Uni<Boolean>> round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenMeanwhile = new AtomicBoolean();

    /** @param round one round; its item says whether it was full (more work is likely waiting) */
    public Rounds(Vertx vertx, Duration pause, String what, Supplier<Uni<Boolean>> round) {
        this.vertx = vertx;
        this.pause = pause;
        this.what = what;
        this.round = round;
    }

    public void wake() {
        if (!running.compareAndSet(false, true)) {
            wokenMeanwhile.set(true);
            return;
        }
        wokenMeanwhile.set(false);
        round.get().subscribe().with(full -> {
            if (full) {
                wokenMeanwhile.set(true);
                finish();
            } else if (wokenMeanwhile.get()) {
                vertx.setTimer(pause.toMillis(), paused -> finish());
            } else {
                finish();
            }
        }, failure -> {
            LOG.warnf(failure, "%s failed; trying again at the next poll", what);
            running.set(false);
        });
    }

    /** Ends the round; a wake-up that came as it ended starts the next. */
    private void finish() {
        running.set(false);
        if (wokenMeanwhile.getAndSet(false)) {
            wake();
        }
    }
}
