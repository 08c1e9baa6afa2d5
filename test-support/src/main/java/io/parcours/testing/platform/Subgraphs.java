package io.parcours.testing.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The three packaged subgraphs as processes on embedded PostgreSQL (databases persona and touchpoint) and an
 * in-process MongoDB-protocol server. {@code security} holds how they trust tokens: a public key and issuer
 * (QUARKUS_OIDC_PUBLIC_KEY, QUARKUS_OIDC_TOKEN_ISSUER) or a Keycloak realm (OIDC_URL).
 */
public final class Subgraphs {

    public static final String[] NAMES = { "persona-service", "touchpoint-service", "feedback-service" };

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;
    private MongoServer mongo;

    public static Subgraphs start(Map<String, String> security) {
        Subgraphs subgraphs = new Subgraphs();
        try {
            subgraphs.startAll(security);
        } catch (RuntimeException e) {
            subgraphs.stop();
            throw e;
        }
        return subgraphs;
    }

    private void startAll(Map<String, String> security) {
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database persona");
                statement.execute("create database touchpoint");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
        mongo = new MongoServer(new MemoryBackend());
        int mongoPort = mongo.bind().getPort();

        Map<String, String> environment = new HashMap<>(security);
        environment.put("PG_PORT", String.valueOf(postgres.getPort()));
        environment.put("PG_USER", "postgres");
        environment.put("PG_PASSWORD", "postgres");
        environment.put("MONGO_URL", "mongodb://127.0.0.1:" + mongoPort);
        Path logs = ServiceProcess.logDirectory().toPath();
        for (String name : NAMES) {
            processes.put(name, new ServiceProcess(name, ServiceProcess.freePort(), environment, logs));
        }
        processes.values().parallelStream().forEach(ServiceProcess::start);
    }

    /** The MongoDB-protocol server's URL, for another feedback-service replica on the same store. */
    public String mongoUrl() {
        return "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
    }

    public ServiceProcess get(String name) {
        return processes.get(name);
    }

    /** The gateway's settings that point it at these subgraphs. */
    public Map<String, String> gatewayEnvironment() {
        return Map.of("PERSONA_URL", get("persona-service").graphqlUrl(),
                "TOUCHPOINT_URL", get("touchpoint-service").graphqlUrl(),
                "FEEDBACK_URL", get("feedback-service").graphqlUrl());
    }

    public void stop() {
        processes.values().forEach(ServiceProcess::stop);
        processes.clear();
        if (mongo != null) {
            mongo.shutdownNow();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
