package io.parcours.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(24));
    private final Instant since = Instant.parse("2026-12-03T00:00:00Z");

    @Test
    void waitsFourTimesLongerEachTimeUpToSixHours() {
        assertThat(schedule.next(since, 1, since)).isEqualTo(since.plusSeconds(5));
        assertThat(schedule.next(since, 2, since)).isEqualTo(since.plusSeconds(20));
        assertThat(schedule.next(since, 3, since)).isEqualTo(since.plusSeconds(80));
        assertThat(schedule.next(since, 9, since)).isEqualTo(since.plus(Duration.ofHours(6)));
        assertThat(schedule.next(since, 40, since)).isEqualTo(since.plus(Duration.ofHours(6)));
    }

    @Test
    void givesUpWhenTheNextTryFallsAfterTwentyFourHours() {
        Instant late = since.plus(Duration.ofHours(20));
        assertThat(schedule.next(since, 9, late)).as("20 h + 6 h").isNull();
        assertThat(schedule.next(since, 2, late)).isEqualTo(late.plusSeconds(20));
    }
}
