package io.parcours.gateway.live;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parcours.gateway.subgraph.SubgraphSettings;
import io.parcours.gateway.subgraph.Subgraphs;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * graphql-transport-ws connections to feedback-service, which serves every subscription: one per shared subscription
 * ({@link SharedSubscriptions}), carrying its first member's token, so that the subgraph checks roles and workspace
 * itself as for any request. At most {@link LiveSettings#maxUpstreamConnections()} are open or opening at once, so no
 * client behaviour can make the gateway open thousands of sockets to the subgraph.
 */
@ApplicationScoped
public class UpstreamSockets {

    /** Refused because {@link LiveSettings#maxUpstreamConnections()} are open. */
    static final class AllInUse extends RuntimeException {
        AllInUse() {
            super(null, null, false, false);
        }
    }

    private final WebSocketClient client;
    private final String url;
    private final int maxOpen;
    private final AtomicInteger open = new AtomicInteger();

    public UpstreamSockets(Vertx vertx, SubgraphSettings settings, LiveSettings live, MeterRegistry metrics) {
        this.url = settings.url().get(Subgraphs.FEEDBACK).replaceFirst("^http", "ws");
        this.maxOpen = live.maxUpstreamConnections();
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setConnectTimeout(3_000)
                .setMaxConnections(maxOpen));
        Gauge.builder("parcours.live.upstream.connections", open, AtomicInteger::get)
                .description("WebSocket connections to feedback-service open or opening").register(metrics);
    }

    /** A connected, acknowledged socket; {@code messages} gets each message, {@code closed} its end. */
    Future<Upstream> open(String authorization, Consumer<JsonObject> messages, Runnable closed) {
        if (open.incrementAndGet() > maxOpen) {
            open.decrementAndGet();
            return Future.failedFuture(new AllInUse());
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
        };
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(url)
                .addSubProtocol(LiveRoute.PROTOCOL).addHeader("Authorization", authorization);
        Promise<Upstream> acknowledged = Promise.promise();
        client.connect(options).onFailure(failure -> {
            release.run();
            acknowledged.tryFail(failure);
        }).onSuccess(socket -> {
            Upstream upstream = new Upstream(socket);
            socket.textMessageHandler(text -> {
                JsonObject message = new JsonObject(text);
                switch (message.getString("type", "")) {
                    case "connection_ack" -> acknowledged.tryComplete(upstream);
                    case "ping" -> upstream.send(new JsonObject().put("type", "pong"));
                    case "pong" -> {
                    }
                    default -> messages.accept(message);
                }
            });
            socket.closeHandler(end -> {
                release.run();
                acknowledged.tryFail("feedback-service closed the connection");
                closed.run();
            });
            upstream.send(new JsonObject().put("type", "connection_init"));
        });
        return acknowledged.future();
    }

    /** One connection to feedback-service. */
    static final class Upstream {
        private final WebSocket socket;

        Upstream(WebSocket socket) {
            this.socket = socket;
        }

        void send(JsonObject message) {
            if (!socket.isClosed()) {
                socket.writeTextMessage(message.encode());
            }
        }

        void close() {
            if (!socket.isClosed()) {
                socket.close((short) 1000, "client gone");
            }
        }
    }
}
