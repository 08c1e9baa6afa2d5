package io.parcours.gateway.subgraph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the gateway keeps of the caller's HTTP request: the Authorization header, passed on unchanged (each
 * subgraph checks the token itself), and the subgraph reads already made for this request.
 */
@ApplicationScoped
public class CallerRequest {

    private static final String READS = "parcours.subgraph-reads";

    /** The caller as seen now; keep it to make subgraph calls for this request later, e.g. from a callback. */
    public record Current(String authorization, Map<Object, Object> reads) {
    }

    private final CurrentVertxRequest request;

    public CallerRequest(CurrentVertxRequest request) {
        this.request = request;
    }

    public Current current() {
        RoutingContext routing = request.getCurrent();
        if (routing == null) {
            return new Current(null, new ConcurrentHashMap<>());
        }
        Map<Object, Object> reads = routing.get(READS);
        if (reads == null) {
            reads = new ConcurrentHashMap<>();
            routing.put(READS, reads);
        }
        return new Current(routing.request().getHeader(HttpHeaders.AUTHORIZATION), reads);
    }
}
