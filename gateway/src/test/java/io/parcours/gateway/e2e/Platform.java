package io.parcours.gateway.e2e;

import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.parcours.testing.TokenKeysResource;
import io.parcours.testing.platform.KafkaProcess;
import io.parcours.testing.platform.ServiceProcess;
import io.parcours.testing.platform.Subgraphs;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The three packaged subgraphs on embedded stores and a Kafka broker (interactions travel from touchpoint-service to
 * feedback-service over it), all trusting a key pair made for this run; the gateway under test (also packaged) is
 * pointed at them; all export their traces to one {@link TraceCollector}. Started once for all end-to-end tests.
 */
public class Platform implements QuarkusTestResourceLifecycleManager {

    /** Short enough for the outage test to see the gateway recover within seconds. */
    static final String SUBGRAPH_TIMEOUT = "2s";
    static final String CIRCUIT_DELAY = "1s";

    private static Subgraphs subgraphs;
    private static Map<String, String> trust;
    private static TraceCollector traces;

    @Override
    public Map<String, String> start() {
        KeyPair keys = TokenKeysResource.rsaKeyPair();
        System.setProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        traces = new TraceCollector();
        Map<String, String> environment = new HashMap<>(Map.of("QUARKUS_OIDC_PUBLIC_KEY", publicKey,
                "QUARKUS_OIDC_TOKEN_ISSUER", TokenKeysResource.ISSUER));
        trust = Map.copyOf(environment);
        tracing().forEach((property, value) -> environment.put(property.toUpperCase().replaceAll("[.-]", "_"), value));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", KafkaProcess.shared().bootstrapServers());
        subgraphs = Subgraphs.start(environment);

        Map<String, String> gateway = new HashMap<>();
        gateway.put("parcours.subgraph.url.persona-service", subgraph("persona-service").graphqlUrl());
        gateway.put("parcours.subgraph.url.touchpoint-service", subgraph("touchpoint-service").graphqlUrl());
        gateway.put("parcours.subgraph.url.feedback-service", subgraph("feedback-service").graphqlUrl());
        gateway.put("quarkus.oidc.public-key", publicKey);
        gateway.put("quarkus.oidc.token.issuer", TokenKeysResource.ISSUER);
        gateway.put("parcours.subgraph.timeout", SUBGRAPH_TIMEOUT);
        gateway.put("parcours.subgraph.circuit.delay", CIRCUIT_DELAY);
        gateway.put("quarkus.http.cors.origins", CorsIT.ALLOWED_ORIGIN);
        gateway.put("parcours.live.max-pending-bytes", String.valueOf(LiveIT.MAX_PENDING_BYTES));
        gateway.putAll(tracing());
        // Its log file (target/quarkus.log) in the JSON that PARCOURS_LOG_JSON=true turns on for the console in k8s/.
        gateway.put("quarkus.log.file.json.enabled", "true");
        return gateway;
    }

    /** Every service exports its spans to the test's collector, at once rather than every few seconds. */
    private static Map<String, String> tracing() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", traces.url(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "PT0.05S");
    }

    static TraceCollector traces() {
        return traces;
    }

    /** How the services trust tokens (public key and issuer), as environment variables. */
    static Map<String, String> trust() {
        return trust;
    }

    static Subgraphs subgraphs() {
        return subgraphs;
    }

    static ServiceProcess subgraph(String name) {
        return subgraphs.get(name);
    }

    @Override
    public void stop() {
        if (subgraphs != null) {
            subgraphs.stop();
        }
        if (traces != null) {
            traces.stop();
        }
        System.clearProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY);
    }
}
