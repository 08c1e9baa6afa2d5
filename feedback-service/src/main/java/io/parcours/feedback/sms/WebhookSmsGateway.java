package io.parcours.feedback.sms;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.parcours.feedback.webhook.WebhookSignature;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The SMS provider as an HTTP endpoint ({@code SMS_ENDPOINT}): each message is POSTed as JSON {to, text, messageId},
 * signed as Parcours webhooks are (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature with
 * {@code SMS_SECRET}), so that a relay to any SMS service can check it came from here. A 2xx answer is sent; anything
 * else, or no endpoint configured, is a failure the invitation records.
 */
@ApplicationScoped
public class WebhookSmsGateway implements SmsGateway {

    private final Vertx vertx;
    private final Optional<URI> endpoint;
    private final Optional<String> secret;
    private final Duration timeout;
    private HttpClient http;

    WebhookSmsGateway(Vertx vertx, @ConfigProperty(name = "parcours.sms.endpoint") Optional<URI> endpoint,
            @ConfigProperty(name = "parcours.sms.secret") Optional<String> secret,
            @ConfigProperty(name = "parcours.sms.timeout") Duration timeout) {
        this.vertx = vertx;
        this.endpoint = endpoint;
        this.secret = secret;
        this.timeout = timeout;
    }

    void start(@Observes StartupEvent started) {
        http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis()).setMaxPoolSize(32));
    }

    @Override
    public Uni<Void> send(String to, String text, String messageId) {
        if (endpoint.isEmpty() || secret.isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("no SMS provider is configured (SMS_ENDPOINT, SMS_SECRET)"));
        }
        URI uri = endpoint.get();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String body = new JsonObject().put("to", to).put("text", text).put("messageId", messageId).encode();
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost(uri.getHost()).setPort(port)
                .setURI(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()).setSsl(https)
                .setFollowRedirects(false).setIdleTimeout(timeout.toMillis())
                .putHeader("content-type", "application/json").putHeader("user-agent", "Parcours-SMS/1")
                .putHeader("webhook-id", messageId).putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", WebhookSignature.sign(secret.get(), messageId, timestamp, body));
        return http.request(request).chain(sent -> sent.send(Buffer.buffer(body)))
                .chain(answer -> answer.body().map(answered -> {
                    if (answer.statusCode() / 100 != 2) {
                        String said = answered.toString();
                        throw new IllegalStateException("the SMS provider answered " + answer.statusCode()
                                + (said.isBlank() ? "" : ": " + (said.length() > 200 ? said.substring(0, 200) : said)));
                    }
                    return null;
                })).replaceWithVoid()
                .ifNoItem().after(timeout).failWith(() -> new IllegalStateException("the SMS provider did not answer within "
                        + timeout.toSeconds() + " s"));
    }
}
