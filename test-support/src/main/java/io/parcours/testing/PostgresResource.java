package io.parcours.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL for the tests: embedded binaries on a free port, or the server named by
 * {@code PG_URL} ({@code postgresql://host:port/database}, credentials from PG_USER / PG_PASSWORD).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "service_test";

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("PG_URL");
        if (external != null && !external.isBlank()) {
            String url = external.replaceFirst("^(jdbc:)?postgres(ql)?://", "");
            return config(url, env("PG_USER", "postgres"), env("PG_PASSWORD", "postgres"));
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            try (Connection connection = embedded.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
        return config("127.0.0.1:" + embedded.getPort() + "/" + DATABASE, "postgres", "postgres");
    }

    private static Map<String, String> config(String hostPortDatabase, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPortDatabase,
                "quarkus.datasource.reactive.url", "postgresql://" + hostPortDatabase,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not stop", e);
            }
        }
    }
}
