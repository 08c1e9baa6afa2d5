package io.parcours.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL binaries from Maven Central, with a data folder that survives restarts and crashes: fsync and
 * synchronous commit are on (the embedded defaults, made for tests, turn both off), so a commit is on disk before
 * it is acknowledged.
 */
final class LocalPostgres {

    private LocalPostgres() {
    }

    static void runUntilStopped(Path dataDirectory, int port, List<String> databases) throws IOException, SQLException,
            InterruptedException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        String durability;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                createIfMissing(statement, database);
            }
            durability = "fsync " + setting(statement, "fsync") + ", synchronous_commit "
                    + setting(statement, "synchronous_commit");
        }
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + " with databases " + databases + " ("
                + durability + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
        Thread.currentThread().join();
    }

    private static void createIfMissing(Statement statement, String database) throws SQLException {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Database names are lower-case letters and underscores: " + database);
        }
        try (ResultSet found = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (found.next()) {
                return;
            }
        }
        statement.execute("create database " + database);
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet value = statement.executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
