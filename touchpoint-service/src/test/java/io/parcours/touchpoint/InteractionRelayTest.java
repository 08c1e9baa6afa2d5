package io.parcours.touchpoint;

import static io.parcours.touchpoint.support.Events.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.Tokens;
import io.parcours.testing.platform.KafkaProcess;
import io.parcours.testing.platform.MetricLines;
import io.parcours.touchpoint.support.Events;
import io.parcours.touchpoint.support.Journeys;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;

/** Stored interactions reach Kafka's parcours.interactions topic through the outbox, once each, also past an outage. */
@QuarkusTest
class InteractionRelayTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private final String workspace = "relay-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private final String collector = Tokens.of(workspace, "collector");
    private Object journeyId;
    private Object stageId;
    private Object touchpointId;
    private KafkaConsumer<String, String> topic;

    @Inject
    Pool pool;

    @BeforeEach
    void journeyAndReader() {
        Map<String, Object> journey = Journeys.custom(editor, "J", "Only");
        journeyId = journey.get("id");
        stageId = Journeys.stageId(journey, 1);
        touchpointId = Journeys.addTouchpoint(editor, stageId, Journeys.touchpoint("Checkout")).get("id");
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "relay-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        topic = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        topic.subscribe(List.of("parcours.interactions"));
    }

    @AfterEach
    void closeReader() {
        topic.close();
    }

    @Test
    void eachStoredInteractionIsPublishedOnceKeyedByCustomer() {
        List<Map<String, Object>> batch = List.of(event("e1", touchpointId, "c1", AT), event("e2", touchpointId, "c2", AT));
        Events.record(collector, batch);
        Events.record(collector, batch);
        Events.record(collector, List.of(event("e1", touchpointId, "c1", AT), event("e3", touchpointId, "c1", AT)));

        List<ConsumerRecord<String, String>> published = readOwn(3);
        assertThat(published).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(workspace + "/c1", workspace + "/c2", workspace + "/c1");
        JsonObject first = published.stream().map(r -> new JsonObject(r.value()))
                .filter(e -> e.getString("eventId").equals("e1")).findFirst().orElseThrow();
        assertThat(first.getString("workspaceId")).isEqualTo(workspace);
        assertThat(first.getString("touchpointId")).isEqualTo(touchpointId);
        assertThat(first.getString("journeyId")).isEqualTo(journeyId);
        assertThat(first.getString("stageId")).isEqualTo(stageId);
        assertThat(first.getString("customerRef")).isEqualTo("c1");
        assertThat(Instant.parse(first.getString("occurredAt").replace("+00:00", "Z"))).isEqualTo(AT);
        assertThat(readOwn(0)).as("the replayed events were not stored, so not sent again").isEmpty();
        assertThat(outboxRows()).isZero();
    }

    @Test
    void interactionsStoredWhileTheBrokerIsAwayAreSentWhenItIsBack() {
        KafkaProcess kafka = KafkaProcess.shared();
        kafka.kill();
        try {
            Events.record(collector, List.of(event("away-1", touchpointId, "c1", AT), event("away-2", touchpointId, "c2", AT)));
            assertThat(outboxRows()).as("kept while nothing acknowledges them").isEqualTo(1);
            // And seen by the operators: the outbox's depth and age in the metrics.
            assertThat(awaitMetric("parcours_touchpoint_queue_due{queue=\"interaction_outbox\"}", 1)).isGreaterThanOrEqualTo(1);
            assertThat(awaitMetric("parcours_touchpoint_queue_oldest_wait_seconds{queue=\"interaction_outbox\"}", 0.001))
                    .isPositive();
        } finally {
            kafka.start();
        }
        assertThat(readOwn(2)).extracting(r -> new JsonObject(r.value()).getString("eventId"))
                .containsExactlyInAnyOrder("away-1", "away-2");
        assertThat(outboxRows()).isZero();
    }

    /** This test's workspace's records: waits for {@code expected} (then a moment more for extras) up to 30 s. */
    private List<ConsumerRecord<String, String>> readOwn(int expected) {
        List<ConsumerRecord<String, String>> own = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int quietPolls = 0;
        while (System.nanoTime() < deadline && (own.size() < expected || quietPolls < 3)) {
            int before = own.size();
            topic.poll(Duration.ofMillis(500)).forEach(record -> {
                if (record.key().startsWith(workspace + "/")) {
                    own.add(record);
                }
            });
            quietPolls = own.size() == before && own.size() >= expected ? quietPolls + 1 : 0;
        }
        return own;
    }

    /** The series' value once it reaches {@code atLeast} (sampled every 500 ms here), or its last value after 10 s. */
    private static double awaitMetric(String series, double atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double value;
        do {
            value = MetricLines.of(given().get("/q/metrics").then().statusCode(200).extract().asString(), series);
        } while (value < atLeast && System.nanoTime() < deadline && pause());
        return value;
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long outboxRows() {
        return pool.query("select count(*) from interaction_outbox where workspace_id = '" + workspace + "'").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
