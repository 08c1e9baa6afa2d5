package io.parcours.gateway.subgraph;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the gateway waits for a subgraph and when it stops trying for a while. */
@ConfigMapping(prefix = "parcours.subgraph")
public interface SubgraphSettings {

    /** Each subgraph's GraphQL endpoint, by name (persona-service, touchpoint-service, feedback-service). */
    Map<String, String> url();

    /** Longest wait for one subgraph request; its fields are null after that. */
    @WithDefault("3s")
    Duration timeout();

    Circuit circuit();

    interface Circuit {
        /** Requests looked at to decide whether a subgraph is down. */
        @WithDefault("10")
        int requestVolume();

        /** Share of failed requests among them that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open circuit fails fast before letting a trial request through. */
        @WithDefault("5s")
        Duration delay();
    }
}
