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
    Subgraph persona(CallerRequest caller, SubgraphSettings settings) {
        return new Subgraph(PERSONA, caller, settings);
    }

    @Produces
    @Singleton
    @Named(TOUCHPOINT)
    Subgraph touchpoint(CallerRequest caller, SubgraphSettings settings) {
        return new Subgraph(TOUCHPOINT, caller, settings);
    }

    @Produces
    @Singleton
    @Named(FEEDBACK)
    Subgraph feedback(CallerRequest caller, SubgraphSettings settings) {
        return new Subgraph(FEEDBACK, caller, settings);
    }
}
