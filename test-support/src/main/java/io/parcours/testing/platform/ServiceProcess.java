package io.parcours.testing.platform;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One packaged Parcours service ({@code <module>/target/quarkus-app}) run as a process on a fixed port, for tests
 * that need the real processes: the gateway's end-to-end tests and the security tests.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final String TEST_LINKS_SECRET = "links-secret-of-the-processes-tests-start";

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, int port, Map<String, String> environment, Path logDirectory) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = logDirectory.resolve(name + ".log");
    }

    public String graphqlUrl() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        Path jar = packaged(name);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + name + " first (./mvnw package, or run "
                    + "the whole build, which packages the subgraphs before the gateway)");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The secret survey links are signed with (feedback-service refuses to start without one); the same for every
        // replica a test starts, as production requires.
        builder.environment().put("LINKS_SECRET", TEST_LINKS_SECRET);
        if (name.equals("touchpoint-service") || name.equals("feedback-service")) {
            // Their events travel over this JVM's broker, never over a local platform's on the default port.
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", KafkaProcess.shared().bootstrapServers());
        }
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not start", e);
        }
        awaitReady();
    }

    /** The service's packaged jar, in the first folder up from here that holds the service's module. */
    private static Path packaged(String name) {
        Path relative = Path.of(name, "target", "quarkus-app", "quarkus-run.jar");
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(name))) {
                return folder.resolve(relative);
            }
        }
        return relative.toAbsolutePath();
    }

    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** kill -9: the process gets no chance to finish what it was doing. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Freezes the process (SIGSTOP): it keeps its connections but answers nothing, like a stalled service. */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start; see " + log);
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within 90 s; see " + log);
    }

    /** GraphQL requests this service has answered so far, from its Prometheus metrics. */
    public long graphqlRequests() {
        return metric(line -> line.startsWith("http_server_requests_seconds_count{")
                && line.contains("uri=\"/graphql\"") && line.contains("method=\"POST\""));
    }

    /** Bytes this service has written in HTTP responses so far (Prometheus). */
    public long bytesWritten() {
        return metric(line -> line.startsWith("http_server_bytes_written_sum{"));
    }

    private long metric(Predicate<String> lines) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(lines)
                    .mapToLong(line -> (long) MetricLines.value(line)).sum();
        } catch (IOException e) {
            throw new IllegalStateException(name + " metrics unreadable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static File logDirectory() {
        File directory = new File("target/e2e-logs");
        directory.mkdirs();
        return directory;
    }
}
