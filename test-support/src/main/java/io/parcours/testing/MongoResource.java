package io.parcours.testing;

import java.net.InetSocketAddress;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A MongoDB-protocol server for the tests: mongo-java-server in this JVM, or the server named by
 * {@code MONGO_URL} (a mongodb:// connection string) so that the same tests run against real MongoDB.
 */
public class MongoResource implements QuarkusTestResourceLifecycleManager {

    private MongoServer server;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("MONGO_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.mongodb.connection-string", external);
        }
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        return Map.of("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + address.getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
