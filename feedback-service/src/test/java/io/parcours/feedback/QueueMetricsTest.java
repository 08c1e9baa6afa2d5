package io.parcours.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;

import io.parcours.feedback.mongo.Backlog;
import io.parcours.feedback.mongo.Leases;
import io.parcours.feedback.support.WorkMetrics;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The background queues' depth and age, as the metrics report them: what is due now (as a claim would take it) and
 * how long the item due first has waited; a gauge per queue.
 */
@QuarkusTest
class QueueMetricsTest {

    @Inject
    ReactiveMongoClient client;

    @Test
    void aBacklogCountsTheItemsDueNowAndTheOldestWait() {
        ReactiveMongoCollection<Document> items = client.getDatabase("feedback").getCollection("queue-" + UUID.randomUUID());
        Instant now = Instant.now();
        items.insertMany(List.of(
                new Document("_id", "a").append("state", "PENDING").append("due", Date.from(now.minusSeconds(30))),
                new Document("_id", "b").append("state", "PENDING").append("due", Date.from(now.minusSeconds(5))),
                new Document("_id", "c").append("state", "PENDING").append("due", Date.from(now.plusSeconds(600))),
                new Document("_id", "d").append("state", "DELIVERED").append("due", Date.from(now.minusSeconds(90)))))
                .await().indefinitely();

        Backlog backlog = Leases.backlog(items, Filters.eq("state", "PENDING")).await().indefinitely();

        assertThat(backlog.due()).isEqualTo(2); // not the one due later, not the one done
        assertThat(backlog.oldestWait()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(40));
        assertThat(Leases.backlog(items, Filters.eq("state", "DEAD")).await().indefinitely()).isEqualTo(Backlog.NONE);
    }

    @Test
    void everyQueueHasItsGauges() {
        for (String queue : List.of("outbox", "webhook_deliveries", "invitations")) {
            assertThat(WorkMetrics.has("parcours_feedback_queue_due{queue=\"" + queue + "\"}")).as(queue).isTrue();
            assertThat(WorkMetrics.has("parcours_feedback_queue_oldest_wait_seconds{queue=\"" + queue + "\"}"))
                    .as(queue).isTrue();
        }
    }
}
