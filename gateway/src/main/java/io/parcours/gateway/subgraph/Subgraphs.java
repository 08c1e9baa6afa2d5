package io.parcours.gateway.subgraph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The three subgraphs, each with its own timeout budget and circuit. */
@ApplicationScoped
public class Subgraphs {

    public static final String PERSONA = "persona-service";
    public static final String TOUCHPOINT = "touchpoint-service";
    public static final String FEEDBACK = "feedback-service";

    @Produces
    @Singleton
    @Named(PERSONA)
    Subgraph persona(CallerToken token, SubgraphSettings settings) {
        return new Subgraph(PERSONA, token, settings);
    }

    @Produces
    @Singleton
    @Named(TOUCHPOINT)
    Subgraph touchpoint(CallerToken token, SubgraphSettings settings) {
        return new Subgraph(TOUCHPOINT, token, settings);
    }

    @Produces
    @Singleton
    @Named(FEEDBACK)
    Subgraph feedback(CallerToken token, SubgraphSettings settings) {
        return new Subgraph(FEEDBACK, token, settings);
    }
}
