package io.parcours.security;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.parcours.testing.platform.ServiceProcess;
import io.parcours.testing.platform.Subgraphs;
import io.restassured.RestAssured;

/**
 * Keycloak with the repository's realm, the three subgraphs and the gateway, all packaged processes trusting that
 * realm (OIDC_URL), as in production. Started once for every test class of this module; RestAssured points at the
 * gateway.
 */
final class SecuredPlatform {

    private static SecuredPlatform running;

    final KeycloakServer keycloak = new KeycloakServer();
    final KeycloakTokens tokens = new KeycloakTokens(keycloak);
    private Subgraphs subgraphs;
    private ServiceProcess gateway;

    static synchronized SecuredPlatform get() {
        if (running == null) {
            SecuredPlatform platform = new SecuredPlatform();
            platform.start();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop));
            running = platform;
        }
        return running;
    }

    private void start() {
        keycloak.start();
        Map<String, String> trustKeycloak = Map.of("OIDC_URL", keycloak.realmUrl("parcours"));
        // Webhook fixtures post to a closed local port: refused at once, given up within a second (DEAD).
        Map<String, String> subgraphEnvironment = new HashMap<>(trustKeycloak);
        subgraphEnvironment.putAll(Map.of("WEBHOOKS_ALLOWED_PRIVATE_HOSTS", "127.0.0.1",
                "PARCOURS_WEBHOOKS_FIRST_RETRY", "200ms", "PARCOURS_WEBHOOKS_GIVE_UP_AFTER", "1s"));
        subgraphs = Subgraphs.start(subgraphEnvironment);
        Map<String, String> environment = new HashMap<>(trustKeycloak);
        environment.putAll(subgraphs.gatewayEnvironment());
        gateway = new ServiceProcess("gateway", ServiceProcess.freePort(), environment,
                ServiceProcess.logDirectory().toPath());
        gateway.start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = Integer.parseInt(gateway.baseUrl().substring(gateway.baseUrl().lastIndexOf(':') + 1));
    }

    private void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (subgraphs != null) {
            subgraphs.stop();
        }
        keycloak.stop();
    }

    static Path logs() {
        return ServiceProcess.logDirectory().toPath();
    }
}
