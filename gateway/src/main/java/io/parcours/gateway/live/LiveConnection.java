package io.parcours.gateway.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.parcours.common.graphql.RequestCheck;
import io.parcours.common.http.OperationDocuments;
import io.parcours.common.graphql.RequestError;
import io.parcours.common.graphql.RequestLimits;
import io.parcours.common.security.Role;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * One client socket speaking graphql-transport-ws. The token comes in connection_init (or the upgrade's
 * Authorization header) and is verified like a request's; the socket is closed with 4403 when it expires.
 * Subscriptions pass the same checks as a POST (limits, value types, validation against the public schema) and join
 * the shared upstream subscription of those asking the same ({@link SharedSubscriptions}); its messages are written
 * back with the client's own ids. A socket whose unsent messages exceed the bound is closed with 1013 rather than
 * buffered.
 */
final class LiveConnection {

    private static final RequestCheck CHECK = new RequestCheck(RequestLimits.fromConfig());
    private static final int MAX_MESSAGE_CHARS = 64 * 1024;
    private static final int TOO_BIG = 1009;
    private static final String TOO_BIG_REASON = "Message too big: at most " + MAX_MESSAGE_CHARS + " characters";

    private final ServerWebSocket socket;
    private final RoutingContext context;
    private final Vertx vertx;
    /** The socket's event loop: every callback of this connection runs on it, so its state needs no locking. */
    private final Context loop;
    private final IdentityProviderManager identities;
    private final GraphQLSchema schema;
    private final LiveSettings settings;
    private final SharedSubscriptions shared;
    private final SubscribeRates rates;
    private final SubscribeRates.Bucket subscribes;
    private final CallerSockets sockets;
    /** Operations sent by hash, and in trusted-documents-only mode the only ones that run. */
    private final OperationDocuments documents;
    /** The client's running subscriptions, by its ids. */
    private final Map<String, Subscriber> running = new LinkedHashMap<>();
    private String authorization;
    /** What groups this client's subscriptions with others': its workspace and whether it may read. */
    private String rights;
    /** Who the token is for (its subject), whose sockets share one subscribe rate. */
    private String caller;
    private boolean initialising;
    private long lastHeard = System.nanoTime();
    private long initTimer;
    private long expiryTimer = -1;
    private long pingTimer = -1;

    LiveConnection(ServerWebSocket socket, RoutingContext context, Vertx vertx, IdentityProviderManager identities,
            GraphQLSchema schema, LiveSettings settings, SharedSubscriptions shared, SubscribeRates rates,
            CallerSockets sockets, OperationDocuments documents) {
        this.documents = documents;
        this.socket = socket;
        this.context = context;
        this.vertx = vertx;
        this.loop = vertx.getOrCreateContext();
        this.identities = identities;
        this.schema = schema;
        this.settings = settings;
        this.shared = shared;
        this.rates = rates;
        this.subscribes = rates.newBucket();
        this.sockets = sockets;
    }

    void start() {
        socket.setWriteQueueMaxSize(settings.maxPendingBytes());
        initTimer = vertx.setTimer(settings.initTimeout().toMillis(), timeout -> {
            if (authorization == null) {
                close(4408, "Connection initialisation timeout");
            }
        });
        long pingMillis = settings.pingEvery().toMillis();
        pingTimer = vertx.setPeriodic(pingMillis, tick -> {
            if (System.nanoTime() - lastHeard > 3_000_000L * pingMillis) {
                close(4408, "No message for " + 3 * pingMillis / 1000 + " s");
            } else {
                write(new JsonObject().put("type", "ping"));
            }
        });
        socket.textMessageHandler(this::received);
        socket.binaryMessageHandler(binary -> close(4400, "Only text messages"));
        // A frame over the server's frame size (or frames adding up to more than its message size) fails the socket
        // before any handler sees it: say why, as the protocol asks, instead of dropping the connection.
        socket.exceptionHandler(failure -> {
            if (failure instanceof CorruptedWebSocketFrameException corrupted) {
                close(corrupted.closeStatus().code(), corrupted.closeStatus().code() == TOO_BIG ? TOO_BIG_REASON
                        : "Invalid frame");
            } else if (failure instanceof IllegalStateException) {
                close(TOO_BIG, TOO_BIG_REASON);
            }
        });
        socket.closeHandler(end -> ended());
    }

    private void received(String text) {
        lastHeard = System.nanoTime();
        if (text.length() > MAX_MESSAGE_CHARS) {
            close(TOO_BIG, TOO_BIG_REASON);
            return;
        }
        JsonObject message;
        try {
            message = new JsonObject(text);
        } catch (DecodeException notJson) {
            close(4400, "Invalid message: not a JSON object");
            return;
        }
        Object type = message.getValue("type");
        switch (type instanceof String name ? name : "") {
            case "connection_init" -> init(message.getValue("payload"));
            case "ping" -> write(new JsonObject().put("type", "pong"));
            case "pong" -> {
            }
            case "subscribe" -> subscribe(message);
            case "complete" -> complete(message.getValue("id"));
            default -> close(4400, "Invalid message type: " + type);
        }
    }

    private void init(Object payload) {
        if (initialising || authorization != null) {
            close(4429, "Too many initialisation requests");
            return;
        }
        initialising = true;
        String token = bearer(payload instanceof JsonObject object ? object.getValue("Authorization") : null);
        if (token == null) {
            token = bearer(context.request().getHeader("Authorization"));
        }
        if (token == null) {
            close(4403, "Forbidden: connection_init needs {\"Authorization\": \"Bearer <token>\"}");
            return;
        }
        String checked = token;
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(checked));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        identities.authenticate(request).subscribe().with(identity -> loop.runOnContext(ready -> accepted(identity, checked)),
                refused -> loop.runOnContext(ready -> close(4403, "Forbidden: the token is not valid")));
    }

    private void accepted(SecurityIdentity identity, String token) {
        if (socket.isClosed()) {
            return;
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        if (!sockets.opened(subject)) {
            close(4429, "Too many sockets: a caller holds at most " + settings.maxSocketsPerCaller() + " at once");
            return;
        }
        caller = subject;
        authorization = "Bearer " + token;
        Object workspace = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("workspace") : null;
        rights = workspace + "|" + Role.READERS.stream().anyMatch(identity::hasRole);
        vertx.cancelTimer(initTimer);
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            long left = jwt.getExpirationTime() * 1000 - System.currentTimeMillis();
            expiryTimer = vertx.setTimer(Math.max(1, left), expired -> close(4403, "Forbidden: the token expired"));
        }
        write(new JsonObject().put("type", "connection_ack"));
    }

    private void subscribe(JsonObject message) {
        if (authorization == null) {
            close(4401, "Unauthorized: send connection_init first");
            return;
        }
        if (!subscribes.take() || !rates.allowCaller(caller)) {
            close(4429, "Too many subscribe requests: at most " + settings.subscribeRate() + " a second");
            return;
        }
        Object id = message.getValue("id");
        Object payload = message.getValue("payload");
        OperationDocuments.Lookup lookup = payload instanceof JsonObject given ? documents.lookUp(given) : null;
        if (!(id instanceof String key) || key.isEmpty() || key.length() > 128 || lookup == null
                || (lookup.refusal() == null && !(lookup.request().getValue("query") instanceof String))) {
            close(4400, "Invalid message: subscribe needs an id (1–128 characters) and a payload with a query");
            return;
        }
        if (running.containsKey(key)) {
            close(4409, "Subscriber for " + key + " already exists");
            return;
        }
        JsonObject request = lookup.request();
        List<RequestError> refused = lookup.refusal() != null ? List.of(lookup.refusal())
                : refusals(request, request.getString("query"));
        if (!refused.isEmpty()) {
            JsonArray errors = new JsonArray();
            refused.forEach(error -> errors.add(error.toJson()));
            write(new JsonObject().put("type", "error").put("id", key).put("payload", errors));
            return;
        }
        String query = request.getString("query");
        Subscriber subscriber = new Subscriber(key, rights + "|" + request.getValue("operationName") + "|" + query + "|"
                + Json.encode(request.getValue("variables")));
        running.put(key, subscriber);
        shared.join(subscriber.group, authorization, request, subscriber);
    }

    /** One of the client's subscriptions, a member of the group of those asking the same. */
    private final class Subscriber implements SharedSubscriptions.Member {
        private final String id;
        private final String group;

        Subscriber(String id, String group) {
            this.id = id;
            this.group = group;
        }

        @Override
        public void deliver(String type, String payload) {
            loop.runOnContext(ready -> relay(this, type, payload));
        }
    }

    /** The reasons to refuse a subscription: the checks every POST passes, and it must be a subscription. */
    private List<RequestError> refusals(JsonObject request, String query) {
        if (running.size() >= settings.maxSubscriptions()) {
            return List.of(RequestError.limitExceeded("maxSubscriptions", settings.maxSubscriptions(),
                    "A socket holds at most " + settings.maxSubscriptions() + " subscriptions"));
        }
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        if ((variables != null && !(variables instanceof JsonObject))
                || (operationName != null && !(operationName instanceof String))) {
            return List.of(RequestError.badRequest("variables must be an object and operationName a string"));
        }
        Map<String, Object> values = variables == null ? Map.of() : ((JsonObject) variables).getMap();
        List<RequestError> errors = CHECK.check(schema, query, (String) operationName, values, true);
        if (!errors.isEmpty()) {
            return errors;
        }
        Document document = Parser.parse(query);
        boolean subscription = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION);
        return subscription ? List.of() : List.of(RequestError.badRequest(
                "Only subscriptions are served over WebSocket; send queries and mutations as POST /graphql"));
    }

    private void complete(Object id) {
        Subscriber subscriber = id instanceof String key ? running.remove(key) : null;
        if (subscriber != null) {
            shared.leave(subscriber.group, subscriber);
        }
    }

    /** A message of the subscriber's group, written with the client's own id for it. */
    private void relay(Subscriber subscriber, String type, String payload) {
        if (running.get(subscriber.id) != subscriber) {
            return;
        }
        if (type.equals("error") || type.equals("complete")) {
            running.remove(subscriber.id);
        }
        if (socket.writeQueueFull()) {
            close(1013, "Too slow: over " + settings.maxPendingBytes() + " bytes waiting to be read");
            return;
        }
        if (!socket.isClosed()) {
            socket.writeTextMessage("{\"id\":" + Json.encode(subscriber.id) + ",\"type\":" + Json.encode(type)
                    + (payload == null ? "" : ",\"payload\":" + payload) + "}");
        }
    }

    private void write(JsonObject message) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(message.encode());
        }
    }

    private void close(int code, String reason) {
        if (!socket.isClosed()) {
            socket.close((short) code, reason.length() > 120 ? reason.substring(0, 120) : reason);
        }
    }

    private void ended() {
        vertx.cancelTimer(initTimer);
        vertx.cancelTimer(pingTimer);
        if (expiryTimer >= 0) {
            vertx.cancelTimer(expiryTimer);
        }
        running.values().forEach(subscriber -> shared.leave(subscriber.group, subscriber));
        running.clear();
        if (caller != null) {
            sockets.closed(caller);
        }
    }

    private static String bearer(Object value) {
        if (value instanceof String header && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
