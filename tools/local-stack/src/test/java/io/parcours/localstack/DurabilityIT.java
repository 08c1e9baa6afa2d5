package io.parcours.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * What the local run's stores acknowledged survives a kill -9 of the store: writes from four clients, the store
 * killed mid-run, started again on the same files, every acknowledged write read back. (mongo-java-server's H2
 * backend once lost 107 of 2,000 acknowledged responses this way; PostgreSQL with synchronous_commit off, 9 of 1,500.)
 */
class DurabilityIT {

    private static final int WRITERS = 4;
    private static final int KILL_AFTER = 600;

    @Test
    void mongoKeepsEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
        int port = freePort();
        String file = dir.resolve("mongo.h2").toString();
        StackProcess server = StackProcess.start(dir, "mongo", "MongoDB protocol ready", "mongo", file, String.valueOf(port));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (MongoClient client = mongo(port)) {
            MongoCollection<Document> responses = client.getDatabase("durability").getCollection("responses");
            writeUntilKilled(server, acknowledged, id -> responses.insertOne(new Document("_id", id).append("score", 9)));
        }
        StackProcess again = StackProcess.start(dir, "mongo-again", "MongoDB protocol ready", "mongo", file,
                String.valueOf(port));
        try (MongoClient client = mongo(port)) {
            long stored = client.getDatabase("durability").getCollection("responses")
                    .countDocuments(Filters.in("_id", acknowledged));
            assertThat(stored).as("acknowledged writes still stored after kill -9").isEqualTo(acknowledged.size());
        } finally {
            again.stop();
        }
    }

    @Test
    void postgresKeepsEveryAcknowledgedCommit(@TempDir Path dir) throws Exception {
        int port = freePort();
        Path data = dir.resolve("postgres");
        StackProcess server = StackProcess.start(dir, "postgres", "PostgreSQL ready", "postgres", data.toString(),
                String.valueOf(port), "durability");
        assertThat(server.log()).contains("fsync on, synchronous_commit on");
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/durability?user=postgres&connectTimeout=2&socketTimeout=5";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("create table personas (id text primary key)");
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            connections.add(DriverManager.getConnection(url));
        }
        ThreadLocal<PreparedStatement> insert = new ThreadLocal<>();
        var pool = new java.util.concurrent.atomic.AtomicInteger();
        writeUntilKilled(server.withPostmaster(data), acknowledged, id -> {
            try {
                if (insert.get() == null) {
                    insert.set(connections.get(pool.getAndIncrement()).prepareStatement("insert into personas values (?)"));
                }
                insert.get().setString(1, id);
                insert.get().executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        StackProcess again = StackProcess.start(dir, "postgres-again", "PostgreSQL ready", "postgres", data.toString(),
                String.valueOf(port), "durability");
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement count = connection.prepareStatement("select count(*) from personas where id = any(?)")) {
            count.setArray(1, connection.createArrayOf("text", acknowledged.toArray()));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).as("acknowledged commits still stored after kill -9")
                        .isEqualTo(acknowledged.size());
            }
        } finally {
            again.withPostmaster(data).stop();
        }
    }

    /** Writers write until the store dies under them; it is killed once KILL_AFTER writes were acknowledged. */
    private static void writeUntilKilled(StackProcess server, Set<String> acknowledged, java.util.function.Consumer<String> write)
            throws InterruptedException {
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            String writer = "w" + w;
            writers.submit(() -> {
                for (int i = 0; !dead.get(); i++) {
                    String id = writer + "-" + i;
                    try {
                        write.accept(id);
                        acknowledged.add(id);
                    } catch (RuntimeException storeGone) {
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        server.kill();
        dead.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER);
    }

    private static MongoClient mongo(int port) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port + "/?retryWrites=false"))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The packaged local stack (target/local-stack.jar) as a process, as ./parcours runs it. */
    private record StackProcess(Process process, Path logFile, Path postgresData) {

        static StackProcess start(Path dir, String name, String ready, String... arguments) throws Exception {
            Path log = dir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx192m", "-jar", Path.of("target", "local-stack.jar").toAbsolutePath().toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!Files.readString(log).contains(ready)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not start: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
            return new StackProcess(process, log, null);
        }

        /** The same process, with PostgreSQL's own server processes (the postmaster and its children) to kill too. */
        StackProcess withPostmaster(Path data) {
            return new StackProcess(process, logFile, data);
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        /** kill -9 of the store: the JVM, and for PostgreSQL its server processes, none given time to flush. */
        void kill() throws InterruptedException {
            if (postgresData != null) {
                postmaster().ifPresent(postmaster -> {
                    postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                    postmaster.destroyForcibly();
                });
            }
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            if (postgresData != null) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (postmaster().map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }

        private java.util.Optional<ProcessHandle> postmaster() {
            try {
                String pid = Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).trim();
                return ProcessHandle.of(Long.parseLong(pid));
            } catch (IOException | RuntimeException gone) {
                return java.util.Optional.empty();
            }
        }
    }
}
