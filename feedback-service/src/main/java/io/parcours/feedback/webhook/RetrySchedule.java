package io.parcours.feedback.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each next one four times later (5 s,
 * 20 s, 80 s, 5 min, 21 min, 85 min, 6 h at most between two), until {@code giveUpAfter} has passed since the first
 * attempt; then the delivery is DEAD.
 */
record RetrySchedule(Duration first, Duration giveUpAfter) {

    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** The next attempt after {@code failedAttempts} failures, or null when it would fall after the deadline. */
    Instant next(Instant since, int failedAttempts, Instant now) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(4);
        }
        Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return next.isAfter(since.plus(giveUpAfter)) ? null : next;
    }
}
