package io.parcours.common.http;

import java.util.Arrays;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/** GraphQL over WebSocket: the upgrade request of the graphql-transport-ws protocol. */
public final class WebSocketUpgrades {

    public static final String PROTOCOL = "graphql-transport-ws";

    private WebSocketUpgrades() {
    }

    /** Whether the request asks to become a graphql-transport-ws WebSocket. */
    public static boolean isGraphQL(HttpServerRequest request) {
        String protocols = request.getHeader("Sec-WebSocket-Protocol");
        return request.method() == HttpMethod.GET && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                && protocols != null && Arrays.stream(protocols.split(",")).map(String::trim).anyMatch(PROTOCOL::equals);
    }
}
