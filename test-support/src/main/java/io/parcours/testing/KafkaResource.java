package io.parcours.testing;

import java.util.Map;

import io.parcours.testing.platform.KafkaProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for the tests (the local one, KRaft, as a process): one per test JVM, shared by every
 * application start, or the brokers named by {@code KAFKA_BOOTSTRAP_SERVERS}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        String servers = external != null && !external.isBlank() ? external : KafkaProcess.shared().bootstrapServers();
        return Map.of("kafka.bootstrap.servers", servers);
    }

    @Override
    public void stop() {
        // The broker outlives one application start; the JVM's end stops it.
    }
}
