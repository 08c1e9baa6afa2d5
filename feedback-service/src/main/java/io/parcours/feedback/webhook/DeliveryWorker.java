package io.parcours.feedback.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.UpdateOneModel;

import io.parcours.feedback.mongo.Rounds;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends due webhook deliveries: claims a batch, posts each signed message to its endpoint (connect and read
 * timeouts, no redirects followed, the host resolved and checked before each attempt and connected to at that
 * address), and records the outcome with the next retry. Runs on every replica; the claims keep them apart.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int BATCH = 64;

    private final Deliveries deliveries;
    private final WebhookEndpointStore endpoints;
    private final WebhookUrls urls;
    private final Vertx vertx;
    private final Duration pollEvery;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetrySchedule retries;
    private final Duration keepDelivered;
    private final Rounds rounds;
    private HttpClient http;
    private long timer = -1;
    private long pruneTimer = -1;

    public DeliveryWorker(Deliveries deliveries, WebhookEndpointStore endpoints, WebhookUrls urls, Vertx vertx,
            @ConfigProperty(name = "parcours.webhooks.poll-every") Duration pollEvery,
            @ConfigProperty(name = "parcours.webhooks.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "parcours.webhooks.read-timeout") Duration readTimeout,
            @ConfigProperty(name = "parcours.webhooks.first-retry") Duration firstRetry,
            @ConfigProperty(name = "parcours.webhooks.give-up-after") Duration giveUpAfter,
            @ConfigProperty(name = "parcours.webhooks.keep-delivered") Duration keepDelivered) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.urls = urls;
        this.vertx = vertx;
        this.pollEvery = pollEvery;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.retries = new RetrySchedule(firstRetry, giveUpAfter);
        this.keepDelivered = keepDelivered;
        this.rounds = new Rounds(vertx, Duration.ofMillis(25), "Webhook deliveries", this::round);
    }

    void start(@Observes StartupEvent started) {
        http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(BATCH).setForceSni(true)
                .setConnectTimeout((int) connectTimeout.toMillis()));
        timer = vertx.setPeriodic(pollEvery.toMillis(), tick -> wake());
        pruneTimer = vertx.setPeriodic(60_000, tick -> deliveries.pruneDelivered(Instant.now().minus(keepDelivered))
                .subscribe().with(done -> { }, failure -> LOG.debug("Pruning delivered webhooks failed", failure)));
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
        vertx.cancelTimer(pruneTimer);
    }

    /** Works through the due deliveries now; if a round is running, another follows it. */
    public void wake() {
        rounds.wake();
    }

    /** One round: a batch claimed and attempted; whether it was full. */
    private Uni<Boolean> round() {
        // The lease outlasts one attempt's timeouts, so a live worker's claim never expires under it.
        return deliveries.claim(BATCH, connectTimeout.plus(readTimeout).multipliedBy(2)).chain(this::deliverAll)
                .map(claimed -> claimed == BATCH);
    }

    private Uni<Integer> deliverAll(List<Document> claimed) {
        if (claimed.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return endpoints.withIds(claimed.stream().map(d -> d.getString("endpointId")).distinct().toList())
                .chain(found -> {
                    Map<String, WebhookEndpoint> byId = found.stream()
                            .collect(Collectors.toMap(WebhookEndpoint::id, Function.identity()));
                    List<Uni<UpdateOneModel<Document>>> attempts = claimed.stream()
                            .map(delivery -> attempt(delivery, byId.get(delivery.getString("endpointId")))).toList();
                    return Uni.join().all(attempts).andCollectFailures().chain(deliveries::record)
                            .replaceWith(claimed.size());
                });
    }

    /** Attempts one delivery; its outcome, to record. */
    private Uni<UpdateOneModel<Document>> attempt(Document delivery, WebhookEndpoint endpoint) {
        Instant now = Instant.now();
        if (endpoint == null || !endpoint.enabled()) {
            return Uni.createFrom().item(Deliveries.attempted(delivery, now, null,
                    endpoint == null ? "the endpoint was deleted" : "the endpoint is disabled", false, null));
        }
        URI uri = URI.create(endpoint.url());
        return Uni.createFrom().item(() -> urls.address(uri)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(address -> post(uri, address, endpoint.secret(), delivery))
                .onItemOrFailure().transform((status, failure) -> {
                    boolean delivered = failure == null && status >= 200 && status < 300;
                    String error = failure != null ? describe(failure) : delivered ? null : "HTTP " + status;
                    int failures = delivery.getInteger("attempts", 0) + 1;
                    Instant retryAt = delivered ? null
                            : retries.next(delivery.getDate("since").toInstant(), failures, Instant.now());
                    return Deliveries.attempted(delivery, now, failure == null ? status : null, error, delivered, retryAt);
                });
    }

    /** Posts the message to the checked address; the status code of the answer. */
    private Uni<Integer> post(URI uri, InetAddress address, String secret, Document delivery) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String id = delivery.getString("eventId");
        long timestamp = Instant.now().getEpochSecond();
        String body = delivery.get("message", Document.class).toJson();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(uri.getHost()).setPort(port).setURI(path).setSsl(https).setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis()).setIdleTimeout(readTimeout.toMillis())
                .putHeader("content-type", "application/json").putHeader("user-agent", "Parcours-Webhooks/1")
                .putHeader("webhook-id", id).putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body));
        return http.request(request).chain(sent -> sent.send(Buffer.buffer(body)))
                .chain(answer -> answer.body().replaceWith(answer.statusCode()))
                .ifNoItem().after(connectTimeout.plus(readTimeout)).failWith(() -> new IllegalStateException("timed out"));
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
