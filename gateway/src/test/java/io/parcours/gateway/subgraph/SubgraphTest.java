package io.parcours.gateway.subgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.parcours.common.error.NotFoundException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;

/** How a subgraph's failures reach the caller, and which of them count against its circuit (unit, no network). */
class SubgraphTest {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    // Circuit breakers are registered by name, once per JVM: one name per test.
    private final String name = "feedback-service-" + INSTANCES.incrementAndGet();
    private final Subgraph subgraph = new Subgraph(name, "http://127.0.0.1:1/graphql", null,
            new CallerRequest(new CurrentVertxRequest()), new Settings());

    @Test
    void aRefusedTokenIsUnauthenticatedAndLeavesTheCircuitClosed() {
        for (int i = 0; i < 20; i++) {
            assertThat(failureOf(Uni.createFrom().failure(new Subgraph.RefusedToken())))
                    .isInstanceOf(RelayedErrors.Unauthenticated.class)
                    .hasMessageContaining(name + " refused the token");
        }
        assertThat(call(Uni.createFrom().item("answer"))).isEqualTo("answer");
    }

    @Test
    void aSubgraphErrorKeepsItsCodeAndMessageAndLeavesTheCircuitClosed() {
        Map<String, Object> error = Map.of("message", "No survey with id 42", "extensions", Map.of("code", "NOT_FOUND"));
        for (int i = 0; i < 20; i++) {
            assertThat(failureOf(Uni.createFrom().failure(new Subgraph.AnsweredWithErrors(List.of(error)))))
                    .isInstanceOf(NotFoundException.class).hasMessage("No survey with id 42");
        }
        assertThat(call(Uni.createFrom().item("answer"))).isEqualTo("answer");
    }

    @Test
    void failuresOpenTheCircuitThenCallsFailFastWithoutReachingTheSubgraph() {
        for (int i = 0; i < 10; i++) {
            assertThat(failureOf(Uni.createFrom().failure(new ConnectException("refused"))))
                    .isInstanceOf(SubgraphUnavailableException.class);
        }
        AtomicInteger reached = new AtomicInteger();
        assertThat(failureOf(Uni.createFrom().item(() -> "answer " + reached.incrementAndGet())))
                .isInstanceOf(SubgraphUnavailableException.class).hasMessageContaining(name + " is unavailable");
        assertThat(reached).hasValue(0);
    }

    @Test
    void aSlowSubgraphTimesOut() {
        assertThat(failureOf(Uni.createFrom().item("late").onItem().delayIt().by(Duration.ofSeconds(2))))
                .isInstanceOf(SubgraphUnavailableException.class);
    }

    private String call(Uni<String> answer) {
        return subgraph.write(authorization -> answer).await().atMost(Duration.ofSeconds(5));
    }

    private Throwable failureOf(Uni<String> answer) {
        return subgraph.write(authorization -> answer).onItemOrFailure().transform((item, failure) -> failure)
                .await().atMost(Duration.ofSeconds(5));
    }

    /** A 300 ms timeout; the circuit opens after 10 requests with half of them failed, for a minute. */
    private static final class Settings implements SubgraphSettings {
        @Override
        public Map<String, String> url() {
            return Map.of();
        }

        @Override
        public Duration timeout() {
            return Duration.ofMillis(300);
        }

        @Override
        public Circuit circuit() {
            return new Circuit() {
                @Override
                public int requestVolume() {
                    return 10;
                }

                @Override
                public double failureRatio() {
                    return 0.5;
                }

                @Override
                public Duration delay() {
                    return Duration.ofMinutes(1);
                }
            };
        }
    }
}
