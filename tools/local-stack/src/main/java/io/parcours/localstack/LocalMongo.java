package io.parcours.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-protocol server (mongo-java-server) whose data lives in one H2 file that survives restarts and crashes:
 * each write is on disk before it is acknowledged (DurableH2Backend).
 */
final class LocalMongo {

    private LocalMongo() {
    }

    /** @param dataFile the H2 file, or {@code memory} for a server that keeps nothing (benchmarks) */
    static void runUntilStopped(Path dataFile, int port) throws IOException, InterruptedException {
        MongoBackend backend;
        if (dataFile.toString().equals("memory")) {
            backend = new MemoryBackend();
        } else {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
            backend = new DurableH2Backend(dataFile.toAbsolutePath().toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB protocol ready on 127.0.0.1:" + port + " with data in " + dataFile
                + " (a standalone server: no change streams, clients such as the live feed poll)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            backend.close();
        }));
        Thread.currentThread().join();
    }
}
