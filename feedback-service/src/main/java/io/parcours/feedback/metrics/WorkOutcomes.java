package io.parcours.feedback.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;

/**
 * What the background work did, counted in Prometheus as {@code parcours_feedback_work_total{queue, outcome}}:
 * the outbox (processed, abandoned, waiting), webhook deliveries (delivered, retried, dead) and invitations (sent,
 * reminded, suppressed, failed). Rates of these, beside the queues' depth and age (QueueGauges), are what an
 * operator's alerts watch.
 */
public final class WorkOutcomes {

    public static final String OUTBOX = "outbox";
    public static final String WEBHOOKS = "webhook_deliveries";
    public static final String INVITATIONS = "invitations";

    private WorkOutcomes() {
    }

    /** {@code count} items of the queue ended their attempt this way. */
    public static void count(String queue, String outcome, int count) {
        if (count > 0) {
            Metrics.counter("parcours.feedback.work", Tags.of("queue", queue, "outcome", outcome)).increment(count);
        }
    }
}
