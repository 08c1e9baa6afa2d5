package io.parcours.gateway.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of the live (WebSocket) endpoint. */
@ConfigMapping(prefix = "parcours.live")
public interface LiveSettings {

    /** How long a new socket may wait before its connection_init; closed with 4408 after. */
    @WithDefault("10s")
    Duration initTimeout();

    /** Subscriptions one socket may hold at once. */
    @WithDefault("20")
    int maxSubscriptions();

    /** Subscribe messages a socket may send at once; its caller's sockets together may send twice as many. */
    @WithDefault("40")
    int subscribeBurst();

    /** Subscribe messages a second a socket may send after its burst (twice as many for its caller); over: 4429. */
    @WithDefault("5")
    int subscribeRate();

    /** Sockets one caller (a token's subject) may hold at once; one more is closed with 4429. */
    @WithDefault("20")
    int maxSocketsPerCaller();

    /** Upstream connections to feedback-service at once; a subscription that needs one more is refused (retry later). */
    @WithDefault("256")
    int maxUpstreamConnections();

    /** Bytes waiting to be written to a socket before it counts as too slow and is closed (1013). */
    @WithDefault("1048576")
    int maxPendingBytes();

    /** How often the server pings; a socket that sends nothing (not even a pong) for three of these is closed. */
    @WithDefault("15s")
    Duration pingEvery();
}
