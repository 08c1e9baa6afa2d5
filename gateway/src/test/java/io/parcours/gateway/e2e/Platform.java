package io.parcours.gateway.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.parcours.testing.TokenKeysResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The three subgraphs as packaged processes on embedded PostgreSQL and an in-process MongoDB-protocol server,
 * all trusting a key pair made for this run; the gateway under test (also packaged) is pointed at them.
 * Started once for all end-to-end tests.
 */
public class Platform implements QuarkusTestResourceLifecycleManager {

    /** Short enough for the outage test to see the gateway recover within seconds. */
    static final String SUBGRAPH_TIMEOUT = "2s";
    static final String CIRCUIT_DELAY = "1s";

    private static final Map<String, ServiceProcess> SUBGRAPHS = new LinkedHashMap<>();

    private EmbeddedPostgres postgres;
    private MongoServer mongo;
    private int mongoPort;

    @Override
    public Map<String, String> start() {
        KeyPair keys = TokenKeysResource.rsaKeyPair();
        System.setProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        startStores();

        Map<String, String> shared = new HashMap<>();
        shared.put("PG_PORT", String.valueOf(postgres.getPort()));
        shared.put("PG_USER", "postgres");
        shared.put("PG_PASSWORD", "postgres");
        shared.put("MONGO_URL", "mongodb://127.0.0.1:" + mongoPort);
        shared.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey);
        shared.put("QUARKUS_OIDC_TOKEN_ISSUER", TokenKeysResource.ISSUER);
        Path logs = ServiceProcess.logDirectory().toPath();
        for (String name : new String[] { "persona-service", "touchpoint-service", "feedback-service" }) {
            ServiceProcess service = new ServiceProcess(name, freePort(), shared, logs);
            SUBGRAPHS.put(name, service);
        }
        SUBGRAPHS.values().parallelStream().forEach(ServiceProcess::start);

        Map<String, String> gateway = new HashMap<>();
        gateway.put("quarkus.smallrye-graphql-client.persona.url", subgraph("persona-service").graphqlUrl());
        gateway.put("quarkus.smallrye-graphql-client.touchpoint.url", subgraph("touchpoint-service").graphqlUrl());
        gateway.put("quarkus.smallrye-graphql-client.feedback.url", subgraph("feedback-service").graphqlUrl());
        gateway.put("quarkus.oidc.public-key", publicKey);
        gateway.put("quarkus.oidc.token.issuer", TokenKeysResource.ISSUER);
        gateway.put("parcours.subgraph.timeout", SUBGRAPH_TIMEOUT);
        gateway.put("parcours.subgraph.circuit.delay", CIRCUIT_DELAY);
        return gateway;
    }

    static ServiceProcess subgraph(String name) {
        return SUBGRAPHS.get(name);
    }

    private void startStores() {
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
        mongoPort = mongo.bind().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        SUBGRAPHS.values().forEach(ServiceProcess::stop);
        SUBGRAPHS.clear();
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
        System.clearProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY);
    }
}
