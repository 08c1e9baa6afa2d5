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
public class CallerToken {

    private static final String READS = "parcours.subgraph-reads";

    private final CurrentVertxRequest request;

    public CallerToken(CurrentVertxRequest request) {
        this.request = request;
    }

    public String authorization() {
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.request().getHeader(HttpHeaders.AUTHORIZATION);
    }

    /** Reads of this request by key; empty and unshared outside a request. */
    Map<Object, Object> readsOfThisRequest() {
        RoutingContext current = request.getCurrent();
        if (current == null) {
            return new ConcurrentHashMap<>();
        }
        Map<Object, Object> reads = current.get(READS);
        if (reads == null) {
            reads = new ConcurrentHashMap<>();
            current.put(READS, reads);
        }
        return reads;
    }
}
