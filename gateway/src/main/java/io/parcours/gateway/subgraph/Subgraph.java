package io.parcours.gateway.subgraph;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;

/**
 * One subgraph as the gateway sees it: every call carries the caller's token, is bounded by a timeout and a
 * circuit breaker, and fails either with the subgraph's own error (code and message kept) or with
 * SUBGRAPH_UNAVAILABLE. Identical reads — same operation, arguments and token — share one request while it is
 * in flight, across callers, and for the rest of the GraphQL request that made it. An outage is logged once when it
 * starts and once when the subgraph answers again (not per failed call, thousands a second under load), and counted
 * in Prometheus: parcours_gateway_subgraph_unavailable_total per failed call, parcours_gateway_subgraph_up 1 or 0.
 */
public class Subgraph {

    private static final Logger LOG = Logger.getLogger(Subgraph.class);

    private final String name;
    private final String url;
    private final HttpClient http;
    private final CallerRequest caller;
    private final Guard guard;
    private final ConcurrentMap<CallKey, Uni<?>> readsInFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final Counter unavailableCalls;

    private record CallKey(String operation, List<?> arguments, String authorization) {
    }

    public Subgraph(String name, String url, HttpClient http, CallerRequest caller, SubgraphSettings settings) {
        this.name = name;
        this.url = url;
        this.http = http;
        this.caller = caller;
        this.unavailableCalls = Metrics.counter("parcours.gateway.subgraph.unavailable", Tags.of("subgraph", name));
        Metrics.gauge("parcours.gateway.subgraph.up", Tags.of("subgraph", name), down, state -> state.get() ? 0 : 1);
        this.guard = Guard.create()
                .withDescription(name)
                .withTimeout().duration(settings.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .name(name)
                .requestVolumeThreshold(settings.circuit().requestVolume())
                .failureRatio(settings.circuit().failureRatio())
                .delay(settings.circuit().delay().toMillis(), ChronoUnit.MILLIS)
                // The subgraph answered: a refused input or token says nothing about its health.
                .when(failure -> !(failure instanceof AnsweredWithErrors) && !(failure instanceof RefusedToken))
                .done()
                .build();
    }

    public String name() {
        return name;
    }

    /** A read of this GraphQL document for a caller; identical documents with equal variables share one request. */
    public Uni<Map<String, Object>> read(CallerRequest.Current current, String document, Map<String, Object> variables) {
        return read(current, "document", List.of(document, variables), auth -> execute(document, variables, auth));
    }

    /** A write of this GraphQL document (a mutation) for the current caller. */
    public Uni<Map<String, Object>> write(String document, Map<String, Object> variables) {
        return write(auth -> execute(document, variables, auth));
    }

    /**
     * Posts a document and its variables (values travel as variables: a 500-response batch inlined would be a
     * document beyond the subgraph's token limit) with the caller's token; the answer's data, or the subgraph's errors
     * as a failure.
     */
    public Uni<Map<String, Object>> execute(String document, Map<String, Object> variables, String authorization) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", document);
        request.put("variables", variables);
        Buffer body = Json.encodeToBuffer(request);
        return Uni.createFrom().completionStage(() -> http.request(options)
                .compose(call -> call.send(body))
                .compose(response -> response.body().map(answer -> {
                    if (response.statusCode() == 401) {
                        throw new RefusedToken();
                    }
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(name + " answered HTTP " + response.statusCode());
                    }
                    return JsonTree.answer(answer.getBytes());
                })).toCompletionStage())
                .map(answer -> {
                    if (answer.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
                        throw new AnsweredWithErrors(errors);
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = (Map<String, Object>) answer.get("data");
                    return data;
                });
    }

    /**
     * Asks the subgraph's own readiness (/q/health/ready beside its GraphQL endpoint), within the timeout: null when it
     * is ready, else what is wrong. Apart from the callers' requests: a probe never opens or closes the circuit.
     */
    public Uni<String> readinessProblem(Duration timeout) {
        URI graphql = URI.create(url);
        String health = graphql.resolve("/q/health/ready").toString();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(health)
                .setTimeout(timeout.toMillis()).putHeader(HttpHeaders.ACCEPT, "application/json");
        return Uni.createFrom().completionStage(() -> http.request(options)
                .compose(call -> call.send())
                .map(response -> response.statusCode() == 200 ? (String) null
                        : name + " is not ready (HTTP " + response.statusCode() + ")")
                .toCompletionStage())
                .ifNoItem().after(timeout).recoverWithItem(() -> name + " did not answer within " + timeout.toMillis() + " ms")
                .onFailure().recoverWithItem(failure -> name + " cannot be reached: " + failure.getMessage());
    }

    /** The subgraph answered with GraphQL errors: a refused input or a missing permission, not an outage. */
    static final class AnsweredWithErrors extends RuntimeException {
        final transient List<?> errors;

        AnsweredWithErrors(List<?> errors) {
            super(String.valueOf(errors), null, false, false);
            this.errors = errors;
        }
    }

    /** The subgraph refused the caller's token (HTTP 401). */
    static final class RefusedToken extends RuntimeException {
        RefusedToken() {
            super("HTTP 401", null, false, false);
        }
    }

    /** A read for the current caller; the arguments identify it for sharing with identical reads. */
    public <T> Uni<T> read(String operation, List<?> arguments, Function<String, Uni<T>> call) {
        return read(caller.current(), operation, arguments, call);
    }

    /** A read for a caller captured earlier (outside the resolver's own call, e.g. to prefetch). */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> read(CallerRequest.Current current, String operation, List<?> arguments,
            Function<String, Uni<T>> call) {
        CallKey key = new CallKey(operation, arguments, current.authorization());
        return (Uni<T>) current.reads().computeIfAbsent(key, k -> shared(key, call).memoize().indefinitely());
    }

    /**
     * Makes a part of a combined read (several root fields in one request) the answer of the read with this
     * operation and these arguments for the rest of the caller's request, as if it had been made alone.
     */
    public void provide(CallerRequest.Current current, String operation, List<?> arguments, Uni<?> part) {
        current.reads().putIfAbsent(new CallKey(operation, arguments, current.authorization()),
                part.memoize().indefinitely());
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> shared(CallKey key, Function<String, Uni<T>> call) {
        String authorization = key.authorization();
        AtomicReference<Uni<?>> created = new AtomicReference<>();
        Uni<?> shared = readsInFlight.computeIfAbsent(key, k -> {
            Uni<T> request = guarded(() -> call.apply(authorization))
                    .onTermination().invoke(() -> readsInFlight.remove(k, created.get()))
                    .memoize().indefinitely();
            created.set(request);
            return request;
        });
        return (Uni<T>) shared;
    }

    /** A write: never shared, never retried. */
    public <T> Uni<T> write(Function<String, Uni<T>> call) {
        String authorization = caller.current().authorization();
        return guarded(() -> call.apply(authorization));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private <T> Uni<T> guarded(Supplier<Uni<T>> call) {
        Uni<T> guarded = (Uni<T>) guard.get((Supplier) call, Uni.class);
        return guarded.onItem().invoke(this::answered).onFailure().transform(this::translate);
    }

    private void answered() {
        if (down.compareAndSet(true, false)) {
            LOG.infof("%s answers again", name);
        }
    }

    private Throwable translate(Throwable failure) {
        if (failure instanceof AnsweredWithErrors answered) {
            answered();
            return RelayedErrors.of(answered.errors);
        }
        if (failure instanceof RefusedToken) {
            // The gateway accepted the token a moment ago: it expired in between, or the subgraph trusts another realm.
            return new RelayedErrors.Unauthenticated(name + " refused the token; get a new one");
        }
        unavailableCalls.increment();
        if (down.compareAndSet(false, true)) {
            LOG.warnf("%s unavailable: %s (logged again when it answers)", name, failure.toString());
        }
        return new SubgraphUnavailableException(name);
    }
}
