package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.parcours.persona.support.Personas;
import io.parcours.testing.GraphQL;
import io.parcours.testing.TokenKeysResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL stopped under the running service: reads and writes answer UNAVAILABLE with a retry hint (they answered
 * INTERNAL "Unexpected error" before), nothing is half-written, and the service works again once the store is back.
 */
@QuarkusTest
@TestProfile(StoreOutageTest.OwnStore.class)
class StoreOutageTest {

    private static final String DATA = "parcours.test.outage.pg-data";
    private static final String PORT = "parcours.test.outage.pg-port";

    private final String editor = io.parcours.testing.Tokens.of("outage-" + UUID.randomUUID(), "editor");

    @Test
    void anUnreachableStoreIsUnavailableNotAnError() throws Exception {
        Personas.create(editor, Personas.minimal("Before"));
        Path data = Path.of(System.getProperty(DATA));
        int port = Integer.getInteger(PORT);

        stopFast(data, port);
        JsonPath write = GraphQL.call(editor, Personas.CREATE, Map.of("input", Personas.minimal("During")));
        assertThat(write.getString("errors[0].extensions.code")).as(write.prettify()).isEqualTo("UNAVAILABLE");
        assertThat(write.getInt("errors[0].extensions.retryAfterSeconds")).isEqualTo(5);
        assertThat(write.getString("errors[0].message")).contains("cannot be reached").contains("Retry");
        JsonPath read = GraphQL.call(editor, Personas.COUNT);
        assertThat(read.getString("errors[0].extensions.code")).as(read.prettify()).isEqualTo("UNAVAILABLE");

        try (EmbeddedPostgres restarted = restart(data, port)) {
            JsonPath count = awaitAnswer(Personas.COUNT);
            assertThat(count.getInt("data.personas.totalCount")).as("the refused write left nothing").isEqualTo(1);
            Personas.create(editor, Personas.minimal("After"));
        }
    }

    /** PostgreSQL's fast shutdown (SIGINT): sessions are ended, as when an operator or a crash takes it down. */
    private static void stopFast(Path data, int port) throws IOException, InterruptedException {
        String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
        new ProcessBuilder("kill", "-INT", pid).inheritIO().start().waitFor();
        for (int i = 0; i < 100 && listening(port); i++) {
            Thread.sleep(100);
        }
        assertThat(listening(port)).as("PostgreSQL stopped").isFalse();
    }

    /**
     * The same data served again on the same port. From a copy of the folder: the embedded server's library keeps a
     * lock on the original for as long as the test resource that started it lives.
     */
    private static EmbeddedPostgres restart(Path data, int port) throws IOException {
        Path copy = Files.createTempDirectory("parcours-outage-pg-again");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(data.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("epg-lock")) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return EmbeddedPostgres.builder().setDataDirectory(copy).setCleanDataDirectory(false).setPort(port).start();
    }

    private static boolean listening(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The pool reconnects on the first requests after the restart. */
    private JsonPath awaitAnswer(String query) throws InterruptedException {
        JsonPath answer = null;
        for (int i = 0; i < 50; i++) {
            answer = GraphQL.call(editor, query);
            if (answer.getList("errors") == null) {
                return answer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no answer after the store came back: " + answer.prettify());
    }

    /** This test's own PostgreSQL, which it stops and starts; the module's shared one stays untouched. */
    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnPostgres.class), new TestResourceEntry(TokenKeysResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class OwnPostgres implements QuarkusTestResourceLifecycleManager {
        private EmbeddedPostgres server;

        @Override
        public Map<String, String> start() {
            try {
                Path data = Files.createTempDirectory("parcours-outage-pg");
                server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
                try (Connection connection = server.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("create database outage");
                }
                // Both class loaders of a Quarkus test see system properties.
                System.setProperty(DATA, data.toString());
                System.setProperty(PORT, String.valueOf(server.getPort()));
                String url = "127.0.0.1:" + server.getPort() + "/outage";
                return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + url,
                        "quarkus.datasource.reactive.url", "postgresql://" + url,
                        "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (IOException | RuntimeException alreadyStopped) {
                // the test stopped this server itself
            }
        }
    }
}
