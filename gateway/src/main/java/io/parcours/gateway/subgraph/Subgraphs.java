package io.parcours.gateway.subgraph;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
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

    /** Connections kept open per subgraph: enough for every concurrent call of a loaded gateway. */
    private static final int CONNECTIONS = 100;

    private final HttpClient http;
    private final CallerRequest caller;
    private final SubgraphSettings settings;

    Subgraphs(Vertx vertx, CallerRequest caller, SubgraphSettings settings) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(CONNECTIONS).setKeepAlive(true));
        this.caller = caller;
        this.settings = settings;
    }

    @Produces
    @Singleton
    @Named(PERSONA)
    Subgraph persona() {
        return subgraph(PERSONA);
    }

    @Produces
    @Singleton
    @Named(TOUCHPOINT)
    Subgraph touchpoint() {
        return subgraph(TOUCHPOINT);
    }

    @Produces
    @Singleton
    @Named(FEEDBACK)
    Subgraph feedback() {
        return subgraph(FEEDBACK);
    }

    private Subgraph subgraph(String name) {
        String url = settings.url().get(name);
        if (url == null) {
            throw new IllegalStateException("parcours.subgraph.url." + name + " is not set");
        }
        return new Subgraph(name, url, http, caller, settings);
    }
}
