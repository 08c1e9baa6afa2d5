package io.parcours.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

/**
 * A graphql-transport-ws client for tests (the protocol of the npm graphql-ws client, Apollo Client and urql): it
 * records every message the server sends, and how the server closed the socket.
 */
public final class GraphQLWebSocket implements AutoCloseable {

    public static final String PROTOCOL = "graphql-transport-ws";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final BlockingQueue<JsonPath> messages;
    private final CompletableFuture<Integer> closed;
    private final AtomicBoolean paused;

    private GraphQLWebSocket(WebSocket socket, BlockingQueue<JsonPath> messages, CompletableFuture<Integer> closed,
            AtomicBoolean paused) {
        this.socket = socket;
        this.messages = messages;
        this.closed = closed;
        this.paused = paused;
    }

    /** Opens the socket (ws://…/graphql), with the Authorization header when {@code headerToken} is given. */
    public static GraphQLWebSocket open(String url, String headerToken) {
        BlockingQueue<JsonPath> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        AtomicBoolean paused = new AtomicBoolean();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(PROTOCOL)
                .connectTimeout(Duration.ofSeconds(5));
        if (headerToken != null) {
            builder.header("Authorization", "Bearer " + headerToken);
        }
        WebSocket socket = builder.buildAsync(URI.create(url), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    messages.add(new JsonPath(text.toString()));
                    text.setLength(0);
                }
                if (!paused.get()) {
                    webSocket.request(1);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.completeExceptionally(error);
            }
        }).join();
        return new GraphQLWebSocket(socket, messages, closed, paused);
    }

    /** Sends the text as one frame, whatever it holds. */
    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    public void send(Map<String, Object> message) {
        try {
            sendText(JSON.writeValueAsString(message));
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException(notJson);
        }
    }

    /** Sends connection_init with the token in its payload (null: no payload) and returns the server's answer. */
    public JsonPath init(String token) {
        send(token == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
        return next(5);
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", variables)));
    }

    /** The next message within the time, or null. Pings are answered, not returned. */
    public JsonPath next(int seconds) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                JsonPath message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null || !"ping".equals(message.getString("type"))) {
                    return message;
                }
                if (!socket.isOutputClosed()) { // a server that closed the socket may have pinged before
                    try {
                        send(Map.of("type", "pong"));
                    } catch (CompletionException closedMeanwhile) {
                        // the messages it sent before closing are still read; its close code says why it closed
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The close code the server sent, waiting up to the time; null if still open. */
    public Integer closeCode(int seconds) {
        try {
            return closed.get(seconds, TimeUnit.SECONDS);
        } catch (Exception notClosed) {
            return null;
        }
    }

    /** Stops reading: the server's writes pile up in its buffers (a slow consumer). */
    public void pause() {
        paused.set(true);
    }

    /** Reads again after {@link #pause()}. */
    public void resume() {
        paused.set(false);
        socket.request(1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
