package io.parcours.gateway.live;

import java.util.function.Consumer;

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
 * itself as for any request.
 */
@ApplicationScoped
public class UpstreamSockets {

    private final WebSocketClient client;
    private final String url;

    public UpstreamSockets(Vertx vertx, SubgraphSettings settings) {
        this.url = settings.url().get(Subgraphs.FEEDBACK).replaceFirst("^http", "ws");
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setConnectTimeout(3_000)
                .setMaxConnections(10_000));
    }

    /** A connected, acknowledged socket; {@code messages} gets each message, {@code closed} its end. */
    Future<Upstream> open(String authorization, Consumer<JsonObject> messages, Runnable closed) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(url)
                .addSubProtocol(LiveRoute.PROTOCOL).addHeader("Authorization", authorization);
        Promise<Upstream> acknowledged = Promise.promise();
        client.connect(options).onFailure(acknowledged::tryFail).onSuccess(socket -> {
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
