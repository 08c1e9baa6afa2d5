package io.parcours.feedback.mongo;

import java.time.Duration;

/** The work items of a queue that are due now, and how long the one due first has waited. */
public record Backlog(long due, Duration oldestWait) {

    public static final Backlog NONE = new Backlog(0, Duration.ZERO);
}
