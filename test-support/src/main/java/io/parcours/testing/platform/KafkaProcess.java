package io.parcours.testing.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The local Kafka broker ({@code tools/local-kafka/target/local-kafka.jar}, KRaft) as a process on free ports, its
 * data in a folder under {@code target/}: restarted on the same folder it keeps its topics and committed offsets.
 */
public final class KafkaProcess {

    private static final String READY = "Kafka is ready";
    private static KafkaProcess shared;

    private final Path dir;
    private final int port = ServiceProcess.freePort();
    private final int controllerPort = ServiceProcess.freePort();
    private Process process;

    public KafkaProcess(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** One broker for every test of this JVM, stopped when the JVM ends. */
    public static synchronized KafkaProcess shared() {
        if (shared == null) {
            shared = new KafkaProcess(Path.of("target", "kafka-" + ProcessHandle.current().pid()));
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "kafka-stop"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        Path jar = packaged();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package tools/local-kafka first (the whole build does)");
        }
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve("kafka.log");
            Files.deleteIfExists(log);
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--dir", dir.toString(), "--port", String.valueOf(port),
                    "--controller-port", String.valueOf(controllerPort)))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitReady(log);
        } catch (IOException e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited at start; see " + log);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Kafka was not ready within 60 s; see " + log);
    }

    /** SIGTERM: the broker shuts down cleanly. */
    public synchronized void stop() {
        end(false);
    }

    /** kill -9: the broker gets no chance to finish what it was doing. */
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** The packaged broker, in the first folder up from here that holds {@code tools/local-kafka}. */
    private static Path packaged() {
        Path relative = Path.of("tools", "local-kafka", "target", "local-kafka.jar");
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("tools").resolve("local-kafka"))) {
                return folder.resolve(relative);
            }
        }
        return relative.toAbsolutePath();
    }
}
