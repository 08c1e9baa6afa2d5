package io.parcours.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import io.parcours.testing.platform.ServiceProcess;

/** Keycloak from its official distribution (unpacked by the build), with the repository's realm imported. */
final class KeycloakServer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port = ServiceProcess.freePort();
    private Process process;

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String realmUrl(String realm) {
        return url() + "/realms/" + realm;
    }

    void start() {
        String unpacked = System.getProperty("keycloak.home");
        Path home = unpacked == null ? null : Path.of(unpacked).toAbsolutePath();
        if (home == null || !Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": run the tests through Maven (mvn verify), "
                    + "which unpacks it from Maven Central");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of("..", "keycloak", "parcours-realm.json"), imports.resolve("parcours-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + ServiceProcess.freePort(), "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(ServiceProcess.logDirectory().toPath().resolve("keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start", e);
        }
        awaitRealm();
    }

    private void awaitRealm() {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        URI discovery = URI.create(realmUrl("parcours") + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited at start; see target/e2e-logs/keycloak.log");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Keycloak's realm was not served within 240 s; see target/e2e-logs/keycloak.log");
    }

    void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
